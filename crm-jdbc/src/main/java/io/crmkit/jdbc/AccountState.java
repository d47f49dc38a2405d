package io.crmkit.jdbc;

import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.tier.TierTracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored state of a {@link LoyaltyAccount}: the values of the mutable fields of the account, its
 * {@link Ledger} and its {@link TierTracker}, written with Java serialisation in field order. Fields
 * that hold configuration (the ledger policy, the tier programme, time-zone calendars, functions)
 * are not written: a restored account takes them from the account the repository's opener opens, so
 * the policy in force is always the application's own.
 *
 * <p>Why a state image rather than replaying the ledger's entries: the account and the ledger keep
 * more than their entries (the purchase amounts behind proportional refund reversals, operations
 * recorded without entries, visit and daily counters), and crm-loyalty has no restore API; this
 * image restores every one of them exactly. Reading accepts only JDK value classes and crmkit's own
 * (an {@link ObjectInputFilter}), and a state written by a crm-loyalty whose fields differ is refused
 * by name rather than half-restored.
 */
final class AccountState {

  private static final int FORMAT = 1;
  /**
   * Fields that cache a value kept beside them in a field the image cannot hold (an {@code Optional}):
   * restoring one without the other would pair a restored key with a missing value, so both start
   * empty and are recomputed on first use.
   */
  private static final java.util.Set<String> CACHES = java.util.Set.of("LoyaltyAccount.tierName");
  private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
      "java.lang.*;java.math.*;java.util.*;java.time.*;io.crmkit.**;!*");

  private AccountState() {}

  static byte[] write(LoyaltyAccount account) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeInt(FORMAT);
      writeFields(out, account);
      Object tracker = get(field(LoyaltyAccount.class, "tracker"), account);
      out.writeBoolean(tracker != null);
      if (tracker != null) {
        Object since = get(field(TierTracker.class, "since"), tracker);
        out.writeObject(since);
        writeFields(out, tracker);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not write the state of " + account, e);
    }
    return bytes.toByteArray();
  }

  static void restore(LoyaltyAccount fresh, byte[] state) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
      in.setObjectInputFilter(FILTER);
      int format = in.readInt();
      if (format != FORMAT) {
        throw new CrmDatabaseException("stored state of " + fresh.customerId() + " has format " + format
            + " but this crm-jdbc reads format " + FORMAT);
      }
      readFields(in, fresh);
      if (in.readBoolean()) {
        Instant since = (Instant) in.readObject();
        Object tiers = get(field(LoyaltyAccount.class, "tiers"), fresh);
        if (tiers == null) {
          throw new CrmDatabaseException("stored state of " + fresh.customerId() + " has a tier tracker but the"
              + " account the opener opens has no tier programme");
        }
        TierTracker tracker = ((io.crmkit.loyalty.tier.TierProgram) tiers).newTracker(since);
        readFields(in, tracker);
        set(field(LoyaltyAccount.class, "tracker"), fresh, tracker);
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new CrmDatabaseException("stored state of " + fresh.customerId() + " could not be read: " + e);
    }
  }

  /** The fields of {@code type} written in the image: instance fields holding primitives or serialisable values. */
  private static List<Field> stateFields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) || f.isSynthetic() || CACHES.contains(type.getSimpleName() + "." + f.getName())) {
        continue;
      }
      Class<?> t = f.getType();
      boolean value = t.isPrimitive() || t.isArray() || t == String.class || t == Instant.class
          || (t.getName().startsWith("java.util.") && Serializable.class.isAssignableFrom(t))
          || t == java.util.Set.class || t == java.util.Map.class || t == java.util.List.class
          || t == java.math.BigDecimal.class || t == java.time.LocalDate.class;
      if (value || t == Ledger.class) {
        f.setAccessible(true);
        out.add(f);
      }
    }
    return out;
  }

  private static void writeFields(ObjectOutputStream out, Object o) throws IOException {
    List<Field> fields = stateFields(o.getClass());
    out.writeInt(fields.size());
    for (Field f : fields) {
      out.writeUTF(f.getName());
      Object v = get(f, o);
      if (f.getType() == Ledger.class) {
        writeFields(out, v);
      } else {
        out.writeObject(v);
      }
    }
  }

  private static void readFields(ObjectInputStream in, Object o) throws IOException, ClassNotFoundException {
    List<Field> fields = stateFields(o.getClass());
    int n = in.readInt();
    if (n != fields.size()) {
      throw new InvalidClassException(o.getClass().getName(), "stored with " + n + " state fields but this version"
          + " has " + fields.size());
    }
    for (Field f : fields) {
      String name = in.readUTF();
      if (!name.equals(f.getName())) {
        throw new InvalidClassException(o.getClass().getName(), "stored field " + name + " where this version has "
            + f.getName());
      }
      if (f.getType() == Ledger.class) {
        readFields(in, get(f, o));
      } else {
        set(f, o, in.readObject());
      }
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("crm-loyalty's " + type.getSimpleName() + " has no field " + name
          + ": this crm-jdbc was built for another crm-loyalty", e);
    }
  }

  private static Object get(Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  private static void set(Field f, Object o, Object v) {
    try {
      f.set(o, v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot restore " + f, e);
    }
  }
}
