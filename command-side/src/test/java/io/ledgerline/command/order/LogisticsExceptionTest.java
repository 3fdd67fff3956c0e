package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.DELIVERED_AT;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.SHIPPED_AT;
import static io.ledgerline.command.order.Orders.delivered;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.shipped;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ORD-12: logistics exceptions of a shipped order, their severity deadline and escalation. */
class LogisticsExceptionTest {

    private static final Instant NOW = SHIPPED_AT.plus(Duration.ofHours(5));
    private static final String EX = "EX-1";

    @ParameterizedTest(name = "ORD-12: a {0} exception is due {1} hours after its report, when its escalation is scheduled")
    @CsvSource({"MINOR, 2", "MODERATE, 4", "MAJOR, 8"})
    @DisplayName("ORD-12: the severity sets the handling deadline (2, 4 or 8 hours)")
    void severitySetsTheDeadline(Severity severity, int hours) {
        Duration handlingTime = Duration.ofHours(hours);

        fixtureAt(NOW).given(shipped())
                .when(report(EX, severity))
                .expectEvents(new LogisticsExceptionReportedEvent(ORDER_ID, EX, ExceptionType.DELAYED, severity,
                        "stuck at the hub", NOW, NOW.plus(handlingTime)))
                .expectScheduledDeadlineWithName(handlingTime, Order.ESCALATION)
                .expectScheduledDeadline(handlingTime, EX);
    }

    @Test
    @DisplayName("ORD-12: an exception can be reported on a delivered order")
    void reportsOnDeliveredOrder() {
        Instant afterDelivery = DELIVERED_AT.plus(Duration.ofHours(1));

        fixtureAt(afterDelivery).given(delivered())
                .when(new ReportLogisticsExceptionCommand(ORDER_ID, EX, ExceptionType.DAMAGED, Severity.MAJOR, "box crushed"))
                .expectEvents(new LogisticsExceptionReportedEvent(ORDER_ID, EX, ExceptionType.DAMAGED, Severity.MAJOR,
                        "box crushed", afterDelivery, afterDelivery.plus(Duration.ofHours(8))))
                .expectScheduledDeadlineWithName(Duration.ofHours(8), Order.ESCALATION);
    }

    @Test
    @DisplayName("ORD-12: an exception still open at its deadline is escalated")
    void unresolvedExceptionIsEscalated() {
        fixtureAt(NOW).given(shipped()).andGivenCommands(report(EX, Severity.MINOR))
                .whenTimeElapses(Duration.ofHours(2))
                .expectTriggeredDeadlinesWithName(Order.ESCALATION)
                .expectEvents(new LogisticsExceptionEscalatedEvent(ORDER_ID, EX, NOW.plus(Duration.ofHours(2))));
    }

    @Test
    @DisplayName("ORD-12: an exception is not escalated before its deadline")
    void notEscalatedBeforeTheDeadline() {
        fixtureAt(NOW).given(shipped()).andGivenCommands(report(EX, Severity.MODERATE))
                .whenTimeElapses(Duration.ofHours(4).minusMinutes(1))
                .expectTriggeredDeadlinesWithName()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: only the overdue one of two exceptions is escalated")
    void onlyTheOverdueExceptionIsEscalated() {
        fixtureAt(NOW).given(shipped()).andGivenCommands(report(EX, Severity.MINOR), report("EX-2", Severity.MAJOR))
                .whenTimeElapses(Duration.ofHours(3))
                .expectTriggeredDeadlinesWithName(Order.ESCALATION)
                .expectEvents(new LogisticsExceptionEscalatedEvent(ORDER_ID, EX, NOW.plus(Duration.ofHours(2)))); // at its deadline
    }

    @Test
    @DisplayName("ORD-12: an exception resolved before its deadline is not escalated")
    void resolvedExceptionIsNotEscalated() {
        fixtureAt(NOW).given(shipped()).andGivenCommands(report(EX, Severity.MINOR), resolve(EX))
                .whenTimeElapses(Duration.ofHours(2))
                .expectTriggeredDeadlinesWithName(Order.ESCALATION)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: an exception is resolved with its resolution and note")
    void resolvesException() {
        fixtureAt(NOW).given(with(shipped(), reported(EX)))
                .when(resolve(EX))
                .expectEvents(new LogisticsExceptionResolvedEvent(ORDER_ID, EX, ExceptionResolution.RESHIPPED,
                        "sent a new parcel", NOW));
    }

    @Test
    @DisplayName("ORD-12: an escalated exception can still be resolved")
    void resolvesEscalatedException() {
        fixtureAt(NOW).given(with(shipped(), reported(EX), new LogisticsExceptionEscalatedEvent(ORDER_ID, EX, SHIPPED_AT)))
                .when(resolve(EX))
                .expectEvents(new LogisticsExceptionResolvedEvent(ORDER_ID, EX, ExceptionResolution.RESHIPPED,
                        "sent a new parcel", NOW));
    }

    @Test
    @DisplayName("ORD-12: an escalated exception is not escalated again")
    void escalatedExceptionIsNotEscalatedAgain() {
        fixtureAt(NOW).given(shipped()).andGivenCommands(report(EX, Severity.MINOR))
                .andGiven(new LogisticsExceptionEscalatedEvent(ORDER_ID, EX, NOW))
                .whenTimeElapses(Duration.ofHours(2))
                .expectTriggeredDeadlinesWithName(Order.ESCALATION)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: resolving an unknown exception is refused (exceptionId UNKNOWN_EXCEPTION)")
    void resolvingUnknownExceptionIsRefused() {
        fixtureAt(NOW).given(with(shipped(), reported(EX)))
                .when(resolve("EX-404"))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("exceptionId:UNKNOWN_EXCEPTION"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: resolving an exception twice is refused (exceptionId EXCEPTION_ALREADY_RESOLVED)")
    void resolvingTwiceIsRefused() {
        fixtureAt(NOW).given(with(shipped(), reported(EX),
                        new LogisticsExceptionResolvedEvent(ORDER_ID, EX, ExceptionResolution.NO_ACTION, "arrived", SHIPPED_AT)))
                .when(resolve(EX))
                .expectException(refusedWith("exceptionId:EXCEPTION_ALREADY_RESOLVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: a resolution is required (resolution REQUIRED)")
    void resolutionIsRequired() {
        fixtureAt(NOW).given(with(shipped(), reported(EX)))
                .when(new ResolveLogisticsExceptionCommand(ORDER_ID, EX, null, "?"))
                .expectException(refusedWith("resolution:REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: an exception id is reported once (exceptionId DUPLICATE_EXCEPTION)")
    void duplicateExceptionIdIsRefused() {
        fixtureAt(NOW).given(with(shipped(), reported(EX)))
                .when(report(EX, Severity.MAJOR))
                .expectException(refusedWith("exceptionId:DUPLICATE_EXCEPTION"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-12: a resolved exception's id cannot be reported again (exceptionId DUPLICATE_EXCEPTION)")
    void resolvedExceptionIdIsNotReusable() {
        fixtureAt(NOW).given(with(shipped(), reported(EX),
                        new LogisticsExceptionResolvedEvent(ORDER_ID, EX, ExceptionResolution.NO_ACTION, "arrived", SHIPPED_AT)))
                .when(report(EX, Severity.MINOR))
                .expectException(refusedWith("exceptionId:DUPLICATE_EXCEPTION"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: id, type and severity are required, each named")
    void reportNeedsIdTypeAndSeverity() {
        fixtureAt(NOW).given(shipped())
                .when(new ReportLogisticsExceptionCommand(ORDER_ID, " ", null, null, "?"))
                .expectException(refusedWith("exceptionId:REQUIRED", "type:REQUIRED", "severity:REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-12: an exception cannot be reported before the order ships (ORDER_NOT_SHIPPED)")
    void reportBeforeShippingIsRefused() {
        fixtureAt(NOW).given(paid())
                .when(report(EX, Severity.MINOR))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("ORDER_NOT_SHIPPED"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-12: an exception cannot be reported on a completed order (ORDER_NOT_SHIPPED)")
    void reportOnCompletedOrderIsRefused() {
        fixtureAt(NOW).given(with(delivered(), new OrderCompletedEvent(ORDER_ID, "CUSTOMER_CONFIRMED", DELIVERED_AT)))
                .when(report(EX, Severity.MINOR))
                .expectException(refusedInState("ORDER_NOT_SHIPPED"))
                .expectNoEvents();
    }

    private static ReportLogisticsExceptionCommand report(String exceptionId, Severity severity) {
        return new ReportLogisticsExceptionCommand(ORDER_ID, exceptionId, ExceptionType.DELAYED, severity, "stuck at the hub");
    }

    private static ResolveLogisticsExceptionCommand resolve(String exceptionId) {
        return new ResolveLogisticsExceptionCommand(ORDER_ID, exceptionId, ExceptionResolution.RESHIPPED, "sent a new parcel");
    }

    private static LogisticsExceptionReportedEvent reported(String exceptionId) {
        return new LogisticsExceptionReportedEvent(ORDER_ID, exceptionId, ExceptionType.DELAYED, Severity.MINOR,
                "stuck at the hub", SHIPPED_AT, SHIPPED_AT.plus(Duration.ofHours(2)));
    }
}
