package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The jar's command line is checked before anything starts. */
class JarCommandLineTest {

    @Test
    @DisplayName("No command serves; a known command with good options runs")
    void goodCommandLines() {
        assertThat(JarCommandLine.usageError()).isEmpty();
        assertThat(JarCommandLine.usageError("--server.port=9090", "--ledgerline.data-dir=/srv/ledgerline")).isEmpty();
        assertThat(JarCommandLine.usageError("simulate", "--days=3", "--orders-per-day=4", "--seed=5")).isEmpty();
        assertThat(JarCommandLine.usageError("rebuild", "--projection=order-view,reporting-sales")).isEmpty();
        assertThat(JarCommandLine.usageError("benchmark", "--orders=100", "--clients=4")).isEmpty();
    }

    @Test
    @DisplayName("A misspelt command, a stray word or a bad option is a usage error naming it")
    void usageErrors() {
        assertThat(JarCommandLine.usageError("simulte", "--days=3")).hasValueSatisfying(error ->
                assertThat(error).contains("Unknown command 'simulte'").contains("benchmark, rebuild, simulate"));
        assertThat(JarCommandLine.usageError("simulate", "365")).hasValueSatisfying(error ->
                assertThat(error).contains("not '365'"));
        assertThat(JarCommandLine.usageError("simulate", "--days=0")).hasValueSatisfying(error ->
                assertThat(error).startsWith("--days must be between 1 and"));
        assertThat(JarCommandLine.usageError("rebuild")).hasValueSatisfying(error ->
                assertThat(error).contains("--projection"));
        assertThat(JarCommandLine.usageError("benchmark", "--clients=many")).hasValueSatisfying(error ->
                assertThat(error).startsWith("--clients must be a whole number"));
    }
}
