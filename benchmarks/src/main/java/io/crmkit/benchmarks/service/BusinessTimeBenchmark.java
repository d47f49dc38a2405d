package io.crmkit.benchmarks.service;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.calendar.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10 million business-time operations (target: under 1 s) on a Europe/Berlin calendar (Mon–Fri
 * 08:00–12:00 and 13:00–17:00, Sat 09:00–13:00, 10 holidays a year, 2025–2027): half {@code
 * plusBusinessTime} of 0–120 business hours, half {@code businessTimeBetween} over spans of up to
 * 60 days, on 1 million seeded random instants (to the nanosecond) cycled ten times. The calendar's
 * year tables are built in the set-up (they are cached for good after first use).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class BusinessTimeBenchmark {

  @Param({"10000000"})
  public int operations;

  private static final int DISTINCT = 1_000_000;

  private BusinessCalendar calendar;
  private Instant[] starts;
  private Instant[] ends;
  private Duration[] amounts;

  @Setup(Level.Trial)
  public void generate() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(WorkingPeriod.of("08:00", "12:00"), WorkingPeriod.of("13:00", "17:00"))
            .hours(DayOfWeek.SATURDAY, WorkingPeriod.of("09:00", "13:00"));
    for (int y = 2025; y <= 2028; y++) {
      for (String md :
          new String[] {
            "01-01", "04-18", "04-21", "05-01", "05-29", "06-09", "10-03", "12-24", "12-25", "12-26"
          }) {
        b.holiday(LocalDate.parse(y + "-" + md));
      }
    }
    calendar = b.build();
    SplittableRandom random = new SplittableRandom(20261203L);
    long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    long span = 3L * 365 * 86_400;
    starts = new Instant[DISTINCT];
    ends = new Instant[DISTINCT];
    amounts = new Duration[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      starts[i] =
          Instant.ofEpochSecond(from + random.nextLong(span), random.nextInt(1_000_000_000));
      ends[i] = starts[i].plusSeconds(random.nextLong(60L * 86_400));
      amounts[i] = Duration.ofSeconds(random.nextLong(120L * 3600));
    }
    calendar.businessTimeBetween(
        Instant.parse("2024-12-31T00:00:00Z"), Instant.parse("2029-01-01T00:00:00Z"));
  }

  /** {@code operations} operations; returns a checksum so nothing is optimised away. */
  @Benchmark
  public long plusAndBetween() {
    long checksum = 0;
    for (int k = 0; k < operations; k++) {
      int i = k % DISTINCT;
      if ((k & 1) == 0) {
        checksum += calendar.plusBusinessTime(starts[i], amounts[i]).toEpochMilli();
      } else {
        checksum += calendar.businessTimeBetween(starts[i], ends[i]).toSeconds();
      }
    }
    return checksum;
  }
}
