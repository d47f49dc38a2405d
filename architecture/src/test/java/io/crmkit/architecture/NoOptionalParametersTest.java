package io.crmkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "Public means supported": no public constructor or method of a public crmkit type takes an {@link
 * Optional} parameter (CONTRIBUTING.md: {@code Optional} for an absent result, never as a
 * parameter). A caller passes the plain value, or calls the overload, builder method or factory
 * without it. Only the types of {@link #ALLOWED} may still do so, each for the reason given there.
 */
public class NoOptionalParametersTest {

  /**
   * The types that may still take an {@code Optional} parameter, with the reason. The list is
   * checked both ways: a listed type that no longer takes one must leave the list.
   */
  static final Map<String, String> ALLOWED = new TreeMap<>();

  // empty: every public type takes plain values (the last ones, crm-report's HeatMap, Provenance
  // and Charts, crm-marketing's Campaign, OfferPolicy, CustomerOffers and ContactEligibility and
  // crm-core's Assignment, were converted in turn); an entry needs a reason

  /**
   * Whether {@code c} and every class around it is public and outside an {@code internal} package
   * (which no module exports): part of the public API.
   */
  private static boolean isPublicType(JavaClass c) {
    if (c.getPackageName().contains(".internal")) {
      return false;
    }
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean takesOptional(JavaCodeUnit unit) {
    return unit.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Optional.class));
  }

  /** The public constructors and methods of public crmkit types with an Optional parameter. */
  static Map<String, List<String>> offenders() {
    return offenders(CrmClasses.main());
  }

  /** The public constructors and methods of the public types of {@code classes} with one. */
  static Map<String, List<String>> offenders(JavaClasses classes) {
    Map<String, List<String>> out = new TreeMap<>();
    for (JavaClass c : classes) {
      if (!isPublicType(c)) {
        continue;
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        if (unit.getModifiers().contains(JavaModifier.PUBLIC)
            && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
            && !unit.getModifiers().contains(JavaModifier.BRIDGE)
            && takesOptional(unit)) {
          out.computeIfAbsent(c.getName(), k -> new ArrayList<>()).add(unit.getFullName());
        }
      }
    }
    return out;
  }

  @Test
  void no_public_constructor_or_method_takes_an_optional_parameter() {
    Map<String, List<String>> offenders = offenders();
    Map<String, List<String>> unexpected = new TreeMap<>(offenders);
    unexpected.keySet().removeAll(ALLOWED.keySet());
    assertThat(unexpected)
        .as(
            "public constructors and methods taking an Optional: take the plain value (an"
                + " overload, a builder method or a factory without it) instead")
        .isEmpty();
  }

  @Test
  void the_allow_list_names_only_types_that_still_take_an_optional() {
    assertThat(new TreeSet<>(offenders().keySet()))
        .as("allowed types that no longer take an Optional parameter must leave ALLOWED")
        .containsAll(ALLOWED.keySet());
  }

  /** A public record with an Optional component, as crmkit had: the rule must see it. */
  public record WithOptional(String name, Optional<String> nickname) {
    /** A public method taking an Optional. */
    public static WithOptional named(String name, Optional<String> nickname) {
      return new WithOptional(name, nickname);
    }
  }

  /** A public type taking the plain value: the rule must pass it. */
  public record WithoutOptional(String name) {
    /** The nickname, if any, as an Optional return value (allowed). */
    public Optional<String> nickname() {
      return Optional.empty();
    }
  }

  @Test
  void the_rule_sees_an_optional_parameter() {
    JavaClasses fixtures =
        new ClassFileImporter().importClasses(WithOptional.class, WithoutOptional.class);
    Map<String, List<String>> found = offenders(fixtures);
    assertThat(found).containsOnlyKeys(WithOptional.class.getName());
    assertThat(found.get(WithOptional.class.getName())).hasSize(2);
    // and on crmkit itself it passes the types converted in issue 15
    assertThat(offenders())
        .doesNotContainKeys(
            "io.crmkit.core.customer.Customer",
            "io.crmkit.report.Provenance",
            "io.crmkit.core.assignment.Assignment");
  }
}
