package io.crmkit.loyalty.account;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans the birthday-month bonus: given members' birthdays and a time zone, which members are due
 * it in a month, each with the idempotency key {@code birthday:<customer id>:<year>}, and books it
 * through {@link LoyaltyAccount#event} ({@link LoyaltyEventType#BIRTHDAY_MONTH}) so that running it
 * any number of times in the month, or on every day of it, awards it once a year.
 *
 * <p>A member is due in the month of their birthday, whatever the day: the bonus is a month-level
 * bonus. Members born on 29 February are due in February every year, leap or not. The month of an
 * instant is its month in {@link #zone()} (so {@code 2025-02-28T23:30:00Z} is already March in
 * Europe/Paris).
 *
 * <pre>{@code
 * BirthdayBonuses birthdays = BirthdayBonuses.ofCustomers(customers, ZoneId.of("Europe/Paris"));
 * birthdays.dueIn(YearMonth.of(2025, 2));          // the members born in February, by customer id
 * BirthdayRun run = birthdays.award(accounts, coffeeClub, clock.instant());   // daily job, idempotent
 * }</pre>
 *
 * <p>Immutable and thread-safe; members are kept per birth month in arrays, so {@link #dueIn} costs
 * the number of members due, not the number of members.
 *
 * @since 0.1
 */
public final class BirthdayBonuses {

  private final ZoneId zone;
  private final int size;
  // per month (0 = January): the members born in it, sorted by customer id
  private final CustomerId[][] ids;
  private final MonthDay[][] birthdays;

  private BirthdayBonuses(List<CustomerId> idList, List<MonthDay> dayList, ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    Integer[] order = new Integer[idList.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(idList::get));
    int[] counts = new int[12];
    for (int i = 0; i < order.length; i++) {
      if (i > 0 && idList.get(order[i]).equals(idList.get(order[i - 1]))) {
        throw new IllegalArgumentException(
            "customers must have one birthday each but " + idList.get(order[i]) + " has two");
      }
      counts[dayList.get(order[i]).getMonthValue() - 1]++;
    }
    ids = new CustomerId[12][];
    birthdays = new MonthDay[12][];
    for (int m = 0; m < 12; m++) {
      ids[m] = new CustomerId[counts[m]];
      birthdays[m] = new MonthDay[counts[m]];
    }
    int[] fill = new int[12];
    for (Integer i : order) {
      int m = dayList.get(i).getMonthValue() - 1;
      ids[m][fill[m]] = idList.get(i);
      birthdays[m][fill[m]++] = dayList.get(i);
    }
    this.size = order.length;
  }

  /**
   * The members with their birthdays (month and day; {@code --02-29} allowed), months read in
   * {@code zone}.
   */
  public static BirthdayBonuses ofBirthdays(Map<CustomerId, MonthDay> birthdays, ZoneId zone) {
    Objects.requireNonNull(birthdays, "birthdays must not be null");
    List<CustomerId> idList = new ArrayList<>(birthdays.size());
    List<MonthDay> dayList = new ArrayList<>(birthdays.size());
    birthdays.forEach(
        (id, day) -> {
          idList.add(Objects.requireNonNull(id, "customer ids must not be null"));
          dayList.add(
              Objects.requireNonNull(day, "birthday of customer " + id + " must not be null"));
        });
    return new BirthdayBonuses(idList, dayList, zone);
  }

  /** The members with their birth dates, months read in {@code zone}. */
  public static BirthdayBonuses ofBirthDates(Map<CustomerId, LocalDate> birthDates, ZoneId zone) {
    Objects.requireNonNull(birthDates, "birthDates must not be null");
    List<CustomerId> idList = new ArrayList<>(birthDates.size());
    List<MonthDay> dayList = new ArrayList<>(birthDates.size());
    birthDates.forEach(
        (id, date) -> {
          idList.add(Objects.requireNonNull(id, "customer ids must not be null"));
          dayList.add(
              MonthDay.from(
                  Objects.requireNonNull(
                      date, "birth date of customer " + id + " must not be null")));
        });
    return new BirthdayBonuses(idList, dayList, zone);
  }

  /**
   * The {@code customers} whose birth date is known (the others are left out), months read in
   * {@code zone}.
   */
  public static BirthdayBonuses ofCustomers(Iterable<Customer> customers, ZoneId zone) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<CustomerId> idList = new ArrayList<>();
    List<MonthDay> dayList = new ArrayList<>();
    for (Customer c : customers) {
      Objects.requireNonNull(c, "customers must not contain null");
      c.birthDate()
          .ifPresent(
              d -> {
                idList.add(c.id());
                dayList.add(MonthDay.from(d));
              });
    }
    return new BirthdayBonuses(idList, dayList, zone);
  }

  /**
   * {@code birthday:<customer id>:<year>}: the idempotency key of {@code customer}'s bonus of
   * {@code year}.
   */
  public static String idempotencyKey(CustomerId customer, int year) {
    Objects.requireNonNull(customer, "customer must not be null");
    return "birthday:" + customer.value() + ":" + year;
  }

  /** The zone months are read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The number of members with a birthday. */
  public int size() {
    return size;
  }

  /** The members due in {@code month}: those born in its month of the year, by customer id. */
  public List<BirthdayBonus> dueIn(YearMonth month) {
    Objects.requireNonNull(month, "month must not be null");
    int m = month.getMonthValue() - 1;
    List<BirthdayBonus> out = new ArrayList<>(ids[m].length);
    for (int i = 0; i < ids[m].length; i++) {
      out.add(new BirthdayBonus(ids[m][i], birthdays[m][i], month));
    }
    return out;
  }

  /** The members due in the month of {@code date}. */
  public List<BirthdayBonus> dueOn(LocalDate date) {
    return dueIn(YearMonth.from(Objects.requireNonNull(date, "date must not be null")));
  }

  /** The members due at {@code at}: in the month of its local date in {@link #zone()}. */
  public List<BirthdayBonus> dueAt(Instant at) {
    return dueIn(monthAt(at));
  }

  /** The month of {@code at} in {@link #zone()}. */
  public YearMonth monthAt(Instant at) {
    return YearMonth.from(Objects.requireNonNull(at, "at must not be null").atZone(zone));
  }

  /** {@code customer}'s birthday, if known. */
  public Optional<MonthDay> birthdayOf(CustomerId customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    for (int m = 0; m < 12; m++) {
      int i = Arrays.binarySearch(ids[m], customer);
      if (i >= 0) {
        return Optional.of(birthdays[m][i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Books the bonus of every member due at {@code at} who has an account in {@code accounts}, with
   * {@code program}'s {@link LoyaltyEventType#BIRTHDAY_MONTH} rule, at {@code at}, under the
   * member's key for the year. Members without an account are skipped (no account is opened).
   * Running it again in the same year books nothing more. {@code at} must not be before an
   * account's last operation.
   */
  public BirthdayRun award(LoyaltyAccountRepository accounts, Program program, Instant at) {
    Objects.requireNonNull(accounts, "accounts must not be null");
    Objects.requireNonNull(program, "program must not be null");
    YearMonth month = monthAt(at);
    List<Posting> postings = new ArrayList<>();
    List<CustomerId> without = new ArrayList<>();
    for (BirthdayBonus due : dueIn(month)) {
      if (accounts.exists(due.customerId())) {
        postings.add(
            accounts.update(
                due.customerId(),
                a -> a.event(program, LoyaltyEventType.BIRTHDAY_MONTH, due.idempotencyKey(), at)));
      } else {
        without.add(due.customerId());
      }
    }
    return new BirthdayRun(month, postings, without);
  }

  /**
   * Books {@code account}'s bonus if its member is due at {@code at} (see {@link #award(
   * LoyaltyAccountRepository, Program, Instant)}); empty when not due. For one account outside a
   * repository; the caller serialises access to it.
   */
  public Optional<Posting> award(LoyaltyAccount account, Program program, Instant at) {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(program, "program must not be null");
    YearMonth month = monthAt(at);
    Optional<MonthDay> birthday = birthdayOf(account.customerId());
    if (birthday.isEmpty() || birthday.get().getMonth() != month.getMonth()) {
      return Optional.empty();
    }
    String key = idempotencyKey(account.customerId(), month.getYear());
    return Optional.of(account.event(program, LoyaltyEventType.BIRTHDAY_MONTH, key, at));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("birthdays of " + size + " members in " + zone + ":");
    for (Month m : Month.values()) {
      s.append(' ').append(m.getValue()).append('=').append(ids[m.ordinal()].length);
    }
    return s.toString();
  }
}
