package io.crmkit.identity.generate;

import io.crmkit.identity.match.RawRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of people and their duplicate records, with ground truth. Names follow a Zipf
 * law over a pool of real given names and synthetic family names (a few accented and Chinese names
 * among them); phones are UK mobile and landline numbers written in national or international form;
 * addresses are "number street town postcode".
 *
 * <p>Each duplicate gets formatting noise (case, spacing, phone format, street-type abbreviations,
 * dropped accents) and a number of corruptions: a typo, a transposition or a dropped letter in a
 * name, swapped given/family names, a blank field, a changed e-mail address, a birth date with day
 * and month swapped or one digit wrong, a one-digit phone typo. Households are different people
 * sharing family name, address and landline. No two people share an e-mail address or a mobile
 * number, no two households a landline (a taken one gets a number appended or the next free number,
 * as a provider would give). Same seed, same records.
 *
 * @since 0.1
 */
public final class DuplicateGenerator {

  private static final String[] GIVEN = {
    "james",
    "mary",
    "john",
    "patricia",
    "robert",
    "jennifer",
    "michael",
    "linda",
    "william",
    "elizabeth",
    "david",
    "barbara",
    "richard",
    "susan",
    "joseph",
    "jessica",
    "thomas",
    "sarah",
    "charles",
    "karen",
    "christopher",
    "nancy",
    "daniel",
    "lisa",
    "matthew",
    "betty",
    "anthony",
    "margaret",
    "mark",
    "sandra",
    "donald",
    "ashley",
    "steven",
    "kimberly",
    "paul",
    "emily",
    "andrew",
    "donna",
    "joshua",
    "michelle",
    "kenneth",
    "dorothy",
    "kevin",
    "carol",
    "brian",
    "amanda",
    "george",
    "melissa",
    "edward",
    "deborah",
    "oliver",
    "amelia",
    "harry",
    "isla",
    "jack",
    "ava",
    "noah",
    "mia",
    "leo",
    "freya",
    "arthur",
    "lily",
    "muhammad",
    "aisha",
    "mateo",
    "sofia",
    "lukas",
    "hannah",
    "jose",
    "maria",
    "chloe",
    "ethan",
    "zoe",
    "renée",
    "josé",
    "zoë",
    "jürgen",
    "françois",
    "søren",
    "agnès",
    "björn",
    "inès",
    "chloé",
    "andré"
  };
  private static final String[] CHINESE = {
    "王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强", "周杰", "吴芳"
  };
  private static final String[] SYLLABLES = {
    "ab", "al", "an", "ar", "ba", "be", "bo", "bra", "ca", "cha", "co", "da", "de", "don", "el",
        "en", "er",
    "fa", "fer", "ga", "gor", "ha", "har", "hen", "il", "in", "ja", "ka", "kin", "la", "le", "lo",
        "ma", "mar",
    "me", "mor", "na", "nel", "no", "ol", "or", "pa", "per", "ra", "ren", "ri", "ro", "sa", "sch",
        "se", "son",
    "sta", "ta", "ter", "to", "ul", "va", "ver", "wa", "wil", "ya", "za", "ley", "ton", "ford",
        "man", "berg"
  };
  private static final String[] STREETS = {
    "Street", "Road", "Avenue", "Lane", "Drive", "Place", "Close", "Way"
  };
  private static final String[] TOWNS = {
    "Leeds",
    "York",
    "Bristol",
    "Oxford",
    "Bath",
    "Derby",
    "Hull",
    "Exeter",
    "Norwich",
    "Carlisle",
    "Durham",
    "Chester",
    "Lincoln",
    "Salford",
    "Wells",
    "Ripon",
    "Truro",
    "Ely",
    "Perth",
    "Stirling"
  };
  private static final String[] DOMAINS = {
    "gmail.com",
    "yahoo.co.uk",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "btinternet.com",
    "proton.me"
  };

  private final SplittableRandom random;
  private final Difficulty difficulty;
  private final String[] familyPool;
  private final double[] familyCdf;
  private final double[] givenCdf;
  private final Set<String> familyUsed = new HashSet<>();

  private DuplicateGenerator(long seed, Difficulty difficulty) {
    this.random = new SplittableRandom(seed);
    this.difficulty = difficulty;
    this.familyPool = familyNames(new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L), 30_000);
    this.familyCdf = zipfCdf(familyPool.length, 0.8);
    this.givenCdf = zipfCdf(GIVEN.length, 0.7);
  }

  /** A generator with this seed and difficulty. */
  public static DuplicateGenerator seeded(long seed, Difficulty difficulty) {
    return new DuplicateGenerator(
        seed, Objects.requireNonNull(difficulty, "difficulty must not be null"));
  }

  /**
   * Records of {@code people} people (plus their household members) and their duplicates, shuffled.
   *
   * @throws IllegalArgumentException if {@code people} is not positive
   */
  public LabelledRecords generate(int people) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be positive but was: " + people);
    }
    List<RawRecord> records = new ArrayList<>();
    Map<String, String> entityOf = new HashMap<>();
    takenEmails.clear();
    takenNumbers.clear();
    int entity = 0;
    for (int p = 0; p < people; p++) {
      Person person = newPerson(entity++);
      if (random.nextDouble() < difficulty.householdRate()) {
        String landline = landline();
        person =
            new Person(
                person.entity(),
                person.given(),
                person.family(),
                person.email(),
                landline,
                person.birth(),
                person.houseNumber(),
                person.street(),
                person.town(),
                person.postcode());
        emit(householdMember(person, entity++), records, entityOf);
      }
      emit(person, records, entityOf);
    }
    // shuffle (Fisher-Yates, seeded) so that duplicates are not adjacent
    for (int i = records.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      RawRecord t = records.get(i);
      records.set(i, records.get(j));
      records.set(j, t);
    }
    return new LabelledRecords(records, entityOf);
  }

  // a mailbox and a phone number belong to one person (a landline to one household), as providers
  // and
  // carriers see to: a taken one gets a number appended (e-mail) or the next free number, without
  // another random draw
  private final java.util.Set<String> takenEmails = new java.util.HashSet<>();
  private final java.util.Set<String> takenNumbers = new java.util.HashSet<>();

  private String ownEmail(String local, String domain) {
    String candidate = local + "@" + domain;
    for (int k = 2; !takenEmails.add(candidate); k++) {
      candidate = local + "." + k + "@" + domain;
    }
    return candidate;
  }

  private record Person(
      String entity,
      String given,
      String family,
      String email,
      String phone,
      LocalDate birth,
      String houseNumber,
      String street,
      String town,
      String postcode) {}

  private Person newPerson(int n) {
    String given = pickGiven();
    String family = random.nextDouble() < 0.01 ? "" : pick(familyPool, familyCdf);
    if (family.isEmpty()) {
      // a Chinese name, kept whole as written
      given = "";
      family = CHINESE[random.nextInt(CHINESE.length)];
    }
    LocalDate birth =
        LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String street =
        cap(pick(familyPool, familyCdf)) + " " + STREETS[random.nextInt(STREETS.length)];
    String postcode =
        (char) ('A' + random.nextInt(26))
            + ""
            + (char) ('A' + random.nextInt(26))
            + (1 + random.nextInt(20))
            + " "
            + random.nextInt(10)
            + (char) ('A' + random.nextInt(26))
            + (char) ('A' + random.nextInt(26));
    return new Person(
        "P" + n,
        given,
        family,
        email(given, family, n),
        mobile(),
        birth,
        Integer.toString(1 + random.nextInt(200)),
        street,
        TOWNS[random.nextInt(TOWNS.length)],
        postcode);
  }

  private Person householdMember(Person p, int n) {
    String given = pickGiven();
    LocalDate birth =
        LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return new Person(
        "P" + n,
        p.given().isEmpty() ? "" : given,
        p.family(),
        email(given, p.family(), n),
        p.phone(),
        birth,
        p.houseNumber(),
        p.street(),
        p.town(),
        p.postcode());
  }

  private void emit(Person p, List<RawRecord> records, Map<String, String> entityOf) {
    int extra = count(difficulty.duplicateShares());
    for (int d = 0; d <= extra; d++) {
      String id = p.entity() + "-" + d;
      RawRecord r = d == 0 ? original(id, p) : duplicate(id, p);
      records.add(r);
      entityOf.put(id, p.entity());
    }
  }

  private RawRecord original(String id, Person p) {
    double miss = difficulty.missingRate();
    String email = random.nextDouble() < miss ? "" : p.email();
    boolean verified = !email.isEmpty() && random.nextDouble() < difficulty.verifiedRate();
    // the same order of random draws as ever: source, phone, birth date, address
    String source = source();
    String given = cap(p.given());
    String family = cap(p.family());
    String phone = random.nextDouble() < miss ? "" : p.phone();
    boolean birthKnown = !(random.nextDouble() < miss);
    String address = random.nextDouble() < miss ? "" : address(p, false);
    RawRecord r = RawRecord.of(id, source, given, family, email, verified, phone, address);
    return birthKnown ? r.withBirthDate(p.birth()) : r;
  }

  private RawRecord duplicate(String id, Person p) {
    double miss = difficulty.missingRate();
    String given = p.given();
    String family = p.family();
    String email = p.email();
    String phone = p.phone();
    Optional<LocalDate> birth = Optional.of(p.birth());
    String address = address(p, random.nextBoolean());
    int corruptions =
        difficulty.corruptionsMin()
            + random.nextInt(difficulty.corruptionsMax() - difficulty.corruptionsMin() + 1);
    for (int c = 0; c < corruptions; c++) {
      switch (random.nextInt(9)) {
        case 0 -> given = typo(given);
        case 1 -> family = typo(family);
        case 2 -> given = transpose(given);
        case 3 -> family = transpose(family);
        case 4 -> {
          String t = given;
          given = family;
          family = t;
        }
        case 5 -> email = changedEmail(p, email);
        case 6 -> birth = birth.map(this::dateError);
        case 7 -> phone = phoneTypo(phone);
        default -> {
          switch (random.nextInt(4)) {
            case 0 -> email = "";
            case 1 -> phone = "";
            case 2 -> birth = Optional.empty();
            default -> address = "";
          }
        }
      }
    }
    if (random.nextDouble() < miss) {
      email = "";
    }
    if (random.nextDouble() < miss) {
      phone = "";
    }
    if (random.nextDouble() < miss) {
      birth = Optional.empty();
    }
    if (random.nextDouble() < miss) {
      address = "";
    }
    boolean verified =
        !email.isEmpty()
            && email.equals(p.email())
            && random.nextDouble() < difficulty.verifiedRate();
    // the same order of random draws as ever: source, names, e-mail, phone
    String source = source();
    String givenOut = noise(given);
    String familyOut = noise(family);
    String emailOut = emailNoise(email);
    RawRecord r =
        RawRecord.of(
            id, source, givenOut, familyOut, emailOut, verified, phoneFormat(phone), address);
    return birth.isPresent() ? r.withBirthDate(birth.get()) : r;
  }

  private String source() {
    return switch (random.nextInt(3)) {
      case 0 -> "web";
      case 1 -> "store";
      default -> "support";
    };
  }

  private String pickGiven() {
    return pick(GIVEN, givenCdf);
  }

  private String email(String given, String family, int n) {
    String g = ascii(given.isEmpty() ? "wang" : given);
    String f = ascii(family.isEmpty() || family.codePointAt(0) > 0x2E80 ? "li" + (n % 97) : family);
    String local =
        switch (random.nextInt(4)) {
          case 0 -> g + "." + f;
          case 1 -> g.charAt(0) + f + (n % 1000);
          case 2 -> f + "." + g + (n % 100);
          default -> g + f + (n % 10_000);
        };
    return ownEmail(local, DOMAINS[random.nextInt(DOMAINS.length)]);
  }

  private String changedEmail(Person p, String current) {
    if (current.isEmpty()
        || random.nextBoolean()) { // a person without an address gets one in their name
      String local =
          ascii(p.given().isEmpty() ? "w" : p.given()).charAt(0)
              + "."
              + ascii(p.family().isEmpty() ? "x" : p.family())
              + random.nextInt(100);
      return ownEmail(local, DOMAINS[random.nextInt(DOMAINS.length)]);
    }
    String local = "user" + random.nextInt(1_000_000);
    return ownEmail(local, DOMAINS[random.nextInt(DOMAINS.length)]);
  }

  private String landline() {
    int exchange = 200 + random.nextInt(800);
    int line = 1000 + random.nextInt(9000);
    String number = "0113 " + exchange + " " + line;
    while (!takenNumbers.add(number)) { // one household per landline
      line = line == 9999 ? 1000 : line + 1;
      number = "0113 " + exchange + " " + line;
    }
    return number;
  }

  private String mobile() {
    int prefix = 700 + random.nextInt(300);
    int line = 100_000 + random.nextInt(900_000);
    String number = "07" + prefix + " " + line;
    while (!takenNumbers.add(number)) {
      line = line == 999_999 ? 100_000 : line + 1;
      number = "07" + prefix + " " + line;
    }
    return number;
  }

  private String phoneFormat(String phone) {
    if (phone.isEmpty()) {
      return "";
    }
    String digits = phone.replace(" ", "");
    return switch (random.nextInt(4)) {
      case 0 -> "+44 " + digits.substring(1);
      case 1 -> "(" + digits.substring(0, 5) + ") " + digits.substring(5);
      case 2 -> digits;
      default -> phone;
    };
  }

  private String phoneTypo(String phone) {
    if (phone.isEmpty()) {
      return phone;
    }
    char[] c = phone.toCharArray();
    for (int tries = 0; tries < 10; tries++) {
      int i = 2 + random.nextInt(c.length - 2);
      if (Character.isDigit(c[i])) {
        c[i] = (char) ('0' + (c[i] - '0' + 1 + random.nextInt(9)) % 10);
        break;
      }
    }
    return new String(c);
  }

  private LocalDate dateError(LocalDate d) {
    if (d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue() && random.nextBoolean()) {
      return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
    }
    int day = d.getDayOfMonth();
    int changed = day % 10 == 8 ? day - 1 : day + 1; // one digit of the day changes
    return LocalDate.of(d.getYear(), d.getMonthValue(), Math.min(changed, 28));
  }

  private String typo(String s) {
    if (s.length() < 3 || s.codePointAt(0) > 0x2E80) {
      return s;
    }
    char[] c = s.toCharArray();
    int i = 1 + random.nextInt(c.length - 1);
    if (random.nextBoolean()) {
      c[i] = (char) ('a' + random.nextInt(26));
      return new String(c);
    }
    return s.substring(0, i) + s.substring(i + 1);
  }

  private String transpose(String s) {
    if (s.length() < 3 || s.codePointAt(0) > 0x2E80) {
      return s;
    }
    char[] c = s.toCharArray();
    int i = 1 + random.nextInt(c.length - 2);
    char t = c[i];
    c[i] = c[i + 1];
    c[i + 1] = t;
    return new String(c);
  }

  private String noise(String name) {
    return switch (random.nextInt(4)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> "  " + cap(name) + " ";
      case 2 -> ascii(cap(name));
      default -> cap(name);
    };
  }

  private String emailNoise(String email) {
    if (email.isEmpty()) {
      return email;
    }
    return random.nextBoolean() ? " " + email.toUpperCase(Locale.ROOT) : email;
  }

  private String address(Person p, boolean abbreviate) {
    String street = p.street();
    if (abbreviate) {
      street =
          street
              .replace("Street", "St")
              .replace("Road", "Rd")
              .replace("Avenue", "Ave")
              .replace("Lane", "Ln");
    }
    return p.houseNumber() + " " + street + ", " + p.town() + " " + p.postcode();
  }

  private int count(double[] shares) {
    double x = random.nextDouble();
    double acc = 0;
    for (int i = 0; i < shares.length; i++) {
      acc += shares[i];
      if (x < acc) {
        return i;
      }
    }
    return shares.length - 1;
  }

  private String pick(String[] pool, double[] cdf) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return pool[Math.min(i < 0 ? -i - 1 : i, pool.length - 1)];
  }

  private static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  private String[] familyNames(SplittableRandom r, int count) {
    List<String> out = new ArrayList<>(count);
    while (out.size() < count) {
      int parts = 2 + r.nextInt(2);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < parts; k++) {
        b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      String name = b.toString();
      if (familyUsed.add(name)) {
        out.add(name);
      }
    }
    return out.toArray(new String[0]);
  }

  private static String cap(String s) {
    if (s.isEmpty() || s.codePointAt(0) > 0x2E80) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String ascii(String s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 128) {
        b.append(c);
      } else if (c == 'ø') {
        b.append('o');
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "DuplicateGenerator[" + difficulty + "]";
  }
}
