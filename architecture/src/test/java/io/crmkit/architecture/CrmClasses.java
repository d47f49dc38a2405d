package io.crmkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The production classes of every crmkit module on this module's test class path, imported once.
 */
final class CrmClasses {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.crmkit");

  private CrmClasses() {}

  /** Every production class of crmkit (no test classes). */
  static JavaClasses main() {
    return MAIN;
  }
}
