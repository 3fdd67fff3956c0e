package io.ledgerline.query.graphql;

import io.ledgerline.api.common.CommandRefusedException;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Turns what a command's handling threw into the contract's {@code UserError}s. A business refusal keeps
 * its field path and code; an unknown target is NOT_FOUND on the id argument; a concurrent change is
 * CONFLICT (try again). Anything else is not the caller's to fix and stays an error of the operation.
 */
final class CommandOutcome {

    private CommandOutcome() {
    }

    static List<UserError> errorsOf(RuntimeException failure, String idArgument) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof CommandRefusedException)
                && !(cause instanceof AggregateNotFoundException) && !(cause instanceof ConcurrencyException)) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case CommandRefusedException refused -> refused.violations().stream()
                    .map(v -> new UserError(v.field().isEmpty() ? null : path(v.field()), v.code(), v.message())).toList();
            case AggregateNotFoundException notFound ->
                    List.of(new UserError(List.of(idArgument), "NOT_FOUND", "no such " + idArgument.replace("Id", "")));
            case ConcurrencyException conflict ->
                    List.of(new UserError(null, "CONFLICT", "it was changed at the same moment by someone else; try again"));
            default -> throw failure;
        };
    }

    private static List<String> path(String dotted) {
        return Arrays.asList(dotted.split("\\."));
    }
}
