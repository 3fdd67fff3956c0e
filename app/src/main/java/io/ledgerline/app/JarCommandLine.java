package io.ledgerline.app;

import io.ledgerline.app.benchmark.BenchmarkOptions;
import io.ledgerline.app.projections.RebuildOptions;
import io.ledgerline.app.simulator.SimulationOptions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The jar's command line, checked before anything starts: {@code java -jar ledgerline-app.jar [command] [--options]}
 * where the command is one of {@link #COMMANDS} (none: serve). A misspelt command or a bad option is a usage error
 * the operator sees at once, with exit code 2, instead of after the servers have started (or, for a misspelt
 * command, instead of an app that starts serving). Each command reads its options again when it runs
 * ({@link JarCommand}); this only reads them early.
 */
final class JarCommandLine {

    static final List<String> COMMANDS = List.of(BenchmarkOptions.COMMAND, RebuildOptions.COMMAND, SimulationOptions.COMMAND);

    private JarCommandLine() {
    }

    /** The command the command line names (its first word that is not an option); empty to serve. */
    static Optional<String> command(String... args) {
        return new DefaultApplicationArguments(args).getNonOptionArgs().stream().findFirst();
    }

    /** What is wrong with the command line, for the operator; empty when the jar may start. */
    static Optional<String> usageError(String... args) {
        ApplicationArguments arguments = new DefaultApplicationArguments(args);
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (!COMMANDS.contains(words.getFirst())) {
            return Optional.of("Unknown command '" + words.getFirst() + "': the jar runs " + String.join(", ", COMMANDS)
                    + ", or serves without one");
        }
        if (words.size() > 1) {
            return Optional.of(words.getFirst() + " takes options only (--name=value), not '" + words.get(1) + "'");
        }
        try {
            BenchmarkOptions.from(arguments);
            RebuildOptions.from(arguments);
            SimulationOptions.from(arguments, Clock.systemUTC());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
