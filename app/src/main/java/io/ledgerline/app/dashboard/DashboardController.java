package io.ledgerline.app.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sales dashboard: a static page ({@code static/dashboard/}) that reads only the GraphQL API, served
 * at {@code /dashboard/}. Signing in is the security layer's form; the page's requests ride on its session.
 */
@Controller
class DashboardController {

    @GetMapping({"/dashboard", "/dashboard/"})
    String dashboard() {
        return "forward:/dashboard/index.html";
    }
}
