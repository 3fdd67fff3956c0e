package io.ledgerline.app.benchmark;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;

/**
 * What {@code java -jar ledgerline-app.jar benchmark --orders=1000 --clients=8 --warmup=50} asks for.
 * Present only when the first non-option argument is {@code benchmark}; any other start serves as usual.
 */
public record BenchmarkOptions(int orders, int clients, int warmup) {

    public static final String COMMAND = "benchmark";

    public BenchmarkOptions {
        if (orders < 1 || clients < 1 || warmup < 0) {
            throw new IllegalArgumentException("benchmark needs --orders >= 1, --clients >= 1 and --warmup >= 0, got "
                    + orders + ", " + clients + ", " + warmup);
        }
    }

    public static Optional<BenchmarkOptions> from(ApplicationArguments args) {
        List<String> commands = args.getNonOptionArgs();
        if (commands.isEmpty() || !COMMAND.equals(commands.getFirst())) {
            return Optional.empty();
        }
        return Optional.of(new BenchmarkOptions(intOption(args, "orders", 1000), intOption(args, "clients", 8),
                intOption(args, "warmup", 50)));
    }

    private static int intOption(ApplicationArguments args, String name, int defaultValue) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(values.getLast().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got " + values.getLast(), e);
        }
    }
}
