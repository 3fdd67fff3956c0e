package io.ledgerline.app.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.ApplicationArguments;

/**
 * What {@code java -jar ledgerline-app.jar benchmark --orders=1000 --clients=8 --warmup=50 --hot-skus=0
 * --hot-share=0.5 --graphql-seconds=20 --graphql-rate=0 --rebuild=true} asks for. Present only when the first non-option argument
 * is {@code benchmark}; any other start serves as usual.
 *
 * @param hotSkus        how many skus are hot (0: every sku alike)
 * @param hotShare       the share of all order lines that go to the hot skus
 * @param graphqlSeconds how long placeOrder is driven over GraphQL (0: not at all)
 * @param graphqlRate    at how many orders a second (0: half the end-to-end rate)
 * @param rebuild        whether the order read model and the search index are rebuilt and timed
 */
public record BenchmarkOptions(int orders, int clients, int warmup, int hotSkus, double hotShare, int graphqlSeconds,
                               double graphqlRate, boolean rebuild) {

    public static final String COMMAND = "benchmark";

    public BenchmarkOptions {
        if (orders < 1 || clients < 1 || warmup < 0 || hotSkus < 0 || hotSkus > OrderGenerator.CATALOGUE_SIZE
                || hotShare < 0 || hotShare > 1 || graphqlSeconds < 0 || graphqlRate < 0) {
            throw new IllegalArgumentException("benchmark needs --orders >= 1, --clients >= 1, --warmup >= 0, --hot-skus "
                    + "0.." + OrderGenerator.CATALOGUE_SIZE + ", --hot-share 0..1, --graphql-seconds >= 0 and --graphql-rate >= 0, got "
                    + orders + ", " + clients + ", " + warmup + ", " + hotSkus + ", " + hotShare + ", " + graphqlSeconds
                    + ", " + graphqlRate);
        }
    }

    public static Optional<BenchmarkOptions> from(ApplicationArguments args) {
        List<String> commands = args.getNonOptionArgs();
        if (commands.isEmpty() || !COMMAND.equals(commands.getFirst())) {
            return Optional.empty();
        }
        return Optional.of(new BenchmarkOptions(intOption(args, "orders", 1000), intOption(args, "clients", 8),
                intOption(args, "warmup", 50), intOption(args, "hot-skus", 0), doubleOption(args, "hot-share", 0.5),
                intOption(args, "graphql-seconds", 20), doubleOption(args, "graphql-rate", 0),
                booleanOption(args, "rebuild", true)));
    }

    private static int intOption(ApplicationArguments args, String name, int defaultValue) {
        return parsed(args, name, defaultValue, Integer::parseInt, "a whole number");
    }

    private static double doubleOption(ApplicationArguments args, String name, double defaultValue) {
        return parsed(args, name, defaultValue, Double::parseDouble, "a number");
    }

    private static <T> T parsed(ApplicationArguments args, String name, T defaultValue, Function<String, T> parser,
                                String what) {
        String value = option(args, name);
        try {
            return value == null ? defaultValue : parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be " + what + ", got " + value, e);
        }
    }

    private static boolean booleanOption(ApplicationArguments args, String name, boolean defaultValue) {
        String value = option(args, name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " must be true or false, got " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getLast().strip();
    }
}
