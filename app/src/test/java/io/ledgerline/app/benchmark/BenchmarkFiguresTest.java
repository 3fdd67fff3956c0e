package io.ledgerline.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ledgerline.api.order.OrderLine;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The benchmark's own arithmetic and options: what it reports must be right before it is compared. */
class BenchmarkFiguresTest {

    @Test
    void eachTenthsRateCountsTheOrdersThatFinishedInIt() {
        // 100 orders: the first 50 finish one every 10 ms, the last 50 one every 20 ms.
        long[] finished = IntStream.range(0, 100)
                .mapToLong(i -> i < 50 ? (i + 1) * 10_000_000L : 500_000_000L + (i - 49) * 20_000_000L).toArray();
        LoadDriver.Run run = new LoadDriver.Run(100, finished[99], new long[100], finished);

        double[] tenths = run.tenths();

        assertThat(tenths[0]).isCloseTo(100, within(0.01));
        assertThat(tenths[4]).isCloseTo(100, within(0.01));
        assertThat(tenths[5]).isCloseTo(50, within(0.01));
        assertThat(tenths[9]).isCloseTo(50, within(0.01));
    }

    @Test
    void hotSkusTakeTheirShareOfTheLines() {
        OrderGenerator orders = new OrderGenerator(5, 0.5);

        long lines = 0;
        long hot = 0;
        for (int i = 0; i < 5_000; i++) {
            for (OrderLine line : orders.order(i).lines()) {
                lines++;
                hot += line.sku().compareTo("SKU-B0005") <= 0 ? 1 : 0;
            }
        }

        assertThat((double) hot / lines).isBetween(0.40, 0.55);
    }

    @Test
    void withoutHotSkusEverySkuIsAlike() {
        OrderGenerator orders = new OrderGenerator();

        long hot = IntStream.range(0, 5_000).mapToObj(orders::order).flatMap(order -> order.lines().stream())
                .filter(line -> line.sku().compareTo("SKU-B0005") <= 0).count();

        assertThat(hot).isLessThan(150); // 5 of 500 skus: about 1 % of ~11,000 lines
    }

    @Test
    void optionsHaveDefaultsAndNameWhatIsWrong() {
        BenchmarkOptions defaults = BenchmarkOptions.from(new DefaultApplicationArguments("benchmark")).orElseThrow();
        assertThat(defaults).isEqualTo(new BenchmarkOptions(1000, 8, 50, 0, 0.5, 20, 0, true));

        BenchmarkOptions longRun = BenchmarkOptions.from(new DefaultApplicationArguments("benchmark", "--orders=200000",
                "--hot-skus=5", "--hot-share=0.6", "--graphql-seconds=0", "--rebuild=false")).orElseThrow();
        assertThat(longRun).isEqualTo(new BenchmarkOptions(200_000, 8, 50, 5, 0.6, 0, 0, false));

        assertThat(BenchmarkOptions.from(new DefaultApplicationArguments("simulate"))).isEmpty();
        assertThatThrownBy(() -> BenchmarkOptions.from(new DefaultApplicationArguments("benchmark", "--hot-share=2")))
                .hasMessageContaining("--hot-share");
        assertThatThrownBy(() -> BenchmarkOptions.from(new DefaultApplicationArguments("benchmark", "--rebuild=maybe")))
                .hasMessageContaining("--rebuild");
    }
}
