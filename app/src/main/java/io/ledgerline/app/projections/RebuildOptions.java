package io.ledgerline.app.projections;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;

/**
 * What {@code java -jar ledgerline-app.jar rebuild --projection=order-view[,refund-view...]} asks for
 * ({@code --projection=all} for every projection). Present only when the first non-option argument is
 * {@code rebuild}; any other start serves as usual.
 */
public record RebuildOptions(List<String> projections) {

    public static final String COMMAND = "rebuild";
    static final String ALL = "all";

    public RebuildOptions {
        if (projections.isEmpty()) {
            throw new IllegalArgumentException("rebuild needs --projection=<name>[,<name>...] or --projection=all");
        }
    }

    public static Optional<RebuildOptions> from(ApplicationArguments args) {
        List<String> commands = args.getNonOptionArgs();
        if (commands.isEmpty() || !COMMAND.equals(commands.getFirst())) {
            return Optional.empty();
        }
        List<String> values = args.getOptionValues("projection");
        List<String> names = values == null ? List.of() : values.stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(name -> !name.isEmpty()).toList();
        return Optional.of(new RebuildOptions(names));
    }

    /** The projections to rebuild, {@code all} spelled out. */
    List<String> expand(Collection<String> every) {
        return projections.contains(ALL) ? List.copyOf(every) : projections;
    }
}
