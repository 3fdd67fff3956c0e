package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.LedgerlineIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browsers (the dashboard, GraphiQL) sign in through the form and then carry a session cookie, so their
 * GraphQL POSTs must also carry the CSRF token of the XSRF-TOKEN cookie; a forged cross-site POST that
 * only has the cookie is refused.
 */
class BrowserSessionTest extends LedgerlineIntegrationTest {

    private static final String ME = "{\"query\":\"{ me { username } }\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Form sign-in opens a session; GraphQL POSTs need its CSRF token; the sign-in is audited")
    void formSignInAndCsrf() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        long signInsBefore = new SecurityEventsInStore(jdbc).about("auditor", "UserSignedInEvent");

        String credentials = "username=auditor&password=auditor-pass&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(new SecurityEventsInStore(jdbc).about("auditor", "UserSignedInEvent")).isEqualTo(signInsBefore + 1);

        // A page load hands the SPA its token cookie.
        browser.send(HttpRequest.newBuilder(uri("/graphiql")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));

        HttpResponse<String> forged = browser.send(graphQl().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> genuine = browser.send(graphQl().header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("\"username\":\"auditor\"");
    }

    private HttpRequest.Builder graphQl() {
        return HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ME));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
