package io.ledgerline.app.simulator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Map;
import java.util.Random;

/**
 * How many orders a day brings and when in the day they come, as Chinese online retail sees it: more at
 * weekends, spikes on the shopping festivals (11.11 Singles' Day, 6.18, 12.12, the 520 "love" day), quiet
 * around the Spring Festival, steady growth across the simulated span, evenings busier than mornings and
 * nights nearly still. Times are UTC, the shop's hours Beijing time (UTC+8).
 */
final class Seasonality {

    private static final Map<DayOfWeek, Double> WEEKDAY = Map.of(DayOfWeek.MONDAY, 0.9, DayOfWeek.TUESDAY, 0.9,
            DayOfWeek.WEDNESDAY, 0.95, DayOfWeek.THURSDAY, 1.0, DayOfWeek.FRIDAY, 1.1, DayOfWeek.SATURDAY, 1.25,
            DayOfWeek.SUNDAY, 1.2);
    private static final Map<MonthDay, Double> FESTIVALS = Map.of(MonthDay.of(11, 11), 4.0, MonthDay.of(11, 10), 1.8,
            MonthDay.of(11, 12), 1.6, MonthDay.of(6, 18), 2.5, MonthDay.of(6, 17), 1.5, MonthDay.of(12, 12), 1.8,
            MonthDay.of(5, 20), 1.4);
    /** Relative orders per hour of the day, Beijing time, 00:00 first. */
    private static final double[] HOURS = {2, 1, 0.5, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3.5, 4.5, 4.5, 4, 4, 4, 4, 4, 4,
            4, 5, 6.5, 7, 5.5, 3.5};
    private static final int BEIJING_OFFSET_HOURS = 8;

    private final int ordersPerDay;
    private final LocalDate first;
    private final long days;

    Seasonality(int ordersPerDay, LocalDate first, long days) {
        this.ordersPerDay = ordersPerDay;
        this.first = first;
        this.days = days;
    }

    /** The number of orders on {@code day}: the mean for the day, with Poisson noise. */
    int ordersOn(LocalDate day, Random random) {
        double growth = days <= 1 ? 1 : 0.8 + 0.4 * (day.toEpochDay() - first.toEpochDay()) / (days - 1);
        double mean = ordersPerDay * growth * WEEKDAY.get(day.getDayOfWeek())
                * FESTIVALS.getOrDefault(MonthDay.from(day), 1.0) * springFestival(day);
        return poisson(mean, random);
    }

    /** When, after the start of the UTC day, an order comes: an hour picked by the shop's rhythm, then any minute. */
    Duration timeOfDay(Random random) {
        double total = 0;
        for (double hour : HOURS) {
            total += hour;
        }
        double roll = random.nextDouble() * total;
        int beijingHour = 0;
        while (roll >= HOURS[beijingHour] && beijingHour < HOURS.length - 1) {
            roll -= HOURS[beijingHour];
            beijingHour++;
        }
        int utcHour = Math.floorMod(beijingHour - BEIJING_OFFSET_HOURS, 24);
        return Duration.ofHours(utcHour).plusSeconds(random.nextInt(3600));
    }

    /** Couriers and shoppers rest for the Spring Festival (late January to mid February, varying by year). */
    private static double springFestival(LocalDate day) {
        if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() <= 15) {
            return 0.6;
        }
        return day.getMonth() == Month.JANUARY && day.getDayOfMonth() >= 25 ? 0.75 : 1.0;
    }

    private static int poisson(double mean, Random random) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
