package io.ledgerline.app;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A subcommand of the jar ({@code benchmark}, {@code rebuild}, {@code simulate}): it runs once the application
 * has started, when the command line names it, and then ends the JVM with its exit code: 0 done, 1 failed,
 * 2 for a usage error. Without its name on the command line it does nothing and the app serves as usual.
 *
 * @param <O> the command's parsed options
 */
public abstract class JarCommand<O> implements ApplicationRunner {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final ConfigurableApplicationContext context;

    protected JarCommand(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * The command's options, or empty when the command line does not name this command.
     *
     * @throws IllegalArgumentException for a usage error, with a message for the operator
     */
    protected abstract Optional<O> options(ApplicationArguments args);

    /** Runs the command; answers the process's exit code. */
    protected abstract int execute(O options);

    @Override
    public final void run(ApplicationArguments args) {
        Optional<O> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            exit(2);
            return;
        }
        if (options.isEmpty()) {
            return;
        }
        int exitCode;
        try {
            exitCode = execute(options.get());
        } catch (RuntimeException e) {
            log.error("{} failed", getClass().getSimpleName(), e);
            exitCode = 1;
        }
        exit(exitCode);
    }

    /** Closes the context, which stops the processors and the embedded servers, then ends the JVM. */
    private void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
