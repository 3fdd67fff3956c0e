package io.ledgerline.command.order;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Violation;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Hamcrest matchers for a {@link CommandRefusedException}, comparing its violations by field and code
 * (the stable parts; messages are for people). A violation is written {@code "field:CODE"}; a refusal
 * about the order's state has an empty field: {@code ":ORDER_NOT_PAID"}.
 */
final class Refusals {

    private Refusals() {
    }

    /** Refused with exactly these violations, in this order. */
    static Matcher<Throwable> refusedWith(String... fieldColonCodes) {
        return new RefusalMatcher(List.of(fieldColonCodes), true);
    }

    /** Refused with (at least) these violations. */
    static Matcher<Throwable> refusedIncluding(String... fieldColonCodes) {
        return new RefusalMatcher(List.of(fieldColonCodes), false);
    }

    /** A refusal about the order's state: exactly one violation with no field. */
    static Matcher<Throwable> refusedInState(String code) {
        return refusedWith(":" + code);
    }

    static List<String> violationsOf(CommandRefusedException refusal) {
        return refusal.violations().stream().map(Refusals::describe).toList();
    }

    private static String describe(Violation violation) {
        return violation.field() + ":" + violation.code();
    }

    private static final class RefusalMatcher extends TypeSafeDiagnosingMatcher<Throwable> {

        private final List<String> expected;
        private final boolean exactly;

        RefusalMatcher(List<String> expected, boolean exactly) {
            this.expected = expected;
            this.exactly = exactly;
        }

        @Override
        protected boolean matchesSafely(Throwable actual, Description mismatch) {
            if (!(actual instanceof CommandRefusedException refusal)) {
                mismatch.appendText("was not a CommandRefusedException but ").appendValue(actual);
                return false;
            }
            List<String> violations = violationsOf(refusal);
            boolean matches = exactly ? violations.equals(expected) : violations.containsAll(expected);
            if (!matches) {
                mismatch.appendText("was refused with ").appendValue(violations);
            }
            return matches;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("a command refused with " + (exactly ? "exactly " : "at least "))
                    .appendValue(Arrays.asList(expected.toArray()));
        }
    }
}
