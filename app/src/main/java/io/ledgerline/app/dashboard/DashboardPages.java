package io.ledgerline.app.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the dashboard lives: its static files are under {@code static/dashboard/}, but Spring serves a directory's
 * {@code index.html} only at the site root, so {@code /dashboard/} is forwarded to it. {@code /dashboard} and the site
 * root redirect there (with the trailing slash, so the page's relative links resolve), which is also where a browser
 * lands after signing in at {@code /login} without a page to go back to.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/dashboard/");
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
