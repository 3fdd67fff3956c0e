package io.ledgerline.app.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.api.common.Address;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * placeOrder over GraphQL HTTP at a fixed rate, as an admin frontend's clerks would send it. Open loop: each
 * request leaves at its scheduled time whether or not earlier ones have answered, and its latency counts from that
 * time, so a stall shows as latency instead of as a lower rate. An answer counts as a success only with no errors
 * and the order ready for its payment, its stock reserved (ORD-3): PENDING_PAYMENT, or PAID for cash on delivery
 * (ORD-6: paid at the door, ready for fulfilment at once).
 */
final class GraphQlLoad {

    private static final String PLACE_ORDER = """
            mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
              order { id status } errors { field code message } } }""";

    /** What the run measured; {@code firstFailure} describes the first unsuccessful answer, if any. */
    record Result(int sent, int failed, long[] latencyNanos, String firstFailure) {
    }

    private final URI endpoint;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GraphQlLoad(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    /** Sends orders {@code first}, {@code first + 1}, ... at {@code perSecond} for {@code duration}. */
    Result run(OrderGenerator orders, int first, double perSecond, Duration duration) {
        int count = Math.max(1, (int) Math.round(perSecond * duration.toMillis() / 1000.0));
        long intervalNanos = (long) (1e9 / perSecond);
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long scheduled = start + i * intervalNanos;
                LockSupport.parkNanos(scheduled - System.nanoTime());
                int index = i;
                requests.submit(() -> {
                    try {
                        String failure = place(orders.order(first + index));
                        if (failure != null) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, failure);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                    latencies[index] = System.nanoTime() - scheduled;
                });
            }
            requests.shutdown();
            requests.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(count, failed.get(), latencies, firstFailure.get());
    }

    /** Places one order; null when it was answered ready for payment with no errors, else what was wrong. */
    private String place(PlaceOrderCommand order) throws Exception {
        String expected = order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY ? "PAID" : "PENDING_PAYMENT";
        String body = json.writeValueAsString(Map.of("query", PLACE_ORDER, "variables", Map.of("input", input(order))));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json").header("authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        JsonNode answer = json.readTree(response.body());
        JsonNode payload = answer.path("data").path("placeOrder");
        String status = payload.path("order").path("status").asText();
        if (answer.has("errors") || !payload.path("errors").isEmpty() || !expected.equals(status)) {
            return "status " + status + ": " + response.body();
        }
        return null;
    }

    private static Map<String, Object> input(PlaceOrderCommand order) {
        Address address = order.shippingAddress();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("customerId", order.customerId());
        input.put("channel", order.channel().name());
        input.put("paymentMethod", order.paymentMethod().name());
        input.put("deliveryMethod", order.deliveryMethod().name());
        input.put("shippingAddress", Map.of("recipient", address.recipient(), "phone", address.phone(),
                "province", address.province(), "city", address.city(), "line", address.line(),
                "postalCode", address.postalCode()));
        List<Map<String, Object>> lines = order.lines().stream().map(GraphQlLoad::line).toList();
        input.put("lines", lines);
        return input;
    }

    private static Map<String, Object> line(OrderLine line) {
        return Map.of("sku", line.sku(), "productName", line.productName(), "category", line.category(),
                "unitPrice", line.unitPrice().amount().toPlainString(), "quantity", line.quantity());
    }
}
