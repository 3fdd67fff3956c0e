package io.ledgerline.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * GraphQL clients of the running test application, signed in as one of the demo users (HTTP Basic on
 * every request, and on the WebSocket handshake). {@link #ADMIN} is the default of tests that are not
 * about who may do what.
 */
public final class GraphQlClients {

    public static final String ADMIN = "admin";

    private GraphQlClients() {
    }

    /** A client over HTTP signed in as the admin demo user. */
    public static HttpSyncGraphQlClient http(int port) {
        return http(port, ADMIN);
    }

    /** A client over HTTP signed in as {@code user} with the demo password {@code <user>-pass}. */
    public static HttpSyncGraphQlClient http(int port, String user) {
        return http(port, user, user + "-pass");
    }

    public static HttpSyncGraphQlClient http(int port, String user, String password) {
        RestClient rest = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic(user, password)).build();
        return HttpSyncGraphQlClient.create(rest);
    }

    /** A client without credentials. */
    public static HttpSyncGraphQlClient anonymous(int port) {
        return GraphQlClients.http(port);
    }

    /** A WebSocket (graphql-transport-ws) client signed in as the admin demo user. */
    public static WebSocketGraphQlClient webSocket(int port) {
        return webSocket(port, ADMIN);
    }

    public static WebSocketGraphQlClient webSocket(int port, String user) {
        return WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
                .header(HttpHeaders.AUTHORIZATION, basic(user, user + "-pass")).build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
