package io.ledgerline.command;

import io.ledgerline.api.common.CommandRefusedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link CommandRefusedException} that names a violation of {@code field} with {@code code}. */
public final class RefusalMatcher {

    private RefusalMatcher() {
    }

    /** {@code field} is empty for a refusal about the aggregate's state. */
    public static Matcher<CommandRefusedException> refusal(String field, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefusedException refusal) {
                return refusal.violations().stream()
                        .anyMatch(violation -> violation.field().equals(field) && violation.code().equals(code));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code).appendText(" on field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(CommandRefusedException refusal, Description description) {
                description.appendText("was refused with ").appendValue(refusal.violations());
            }
        };
    }
}
