package org.annals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages depend on each other one way only, as {@code ARCHITECTURE.md} draws them:
 * diag and config underneath; content, model and link; then two branches, link → cite → render
 * and link → search, which meet in site; check and serve beside site; cli on top. Read from the
 * compiled classes, so a fully-qualified name counts as much as an import.
 */
class StageDependencyTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.annals");

  /** Each stage and the stages it may use. */
  static LayeredArchitecture stages() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("diag").definedBy("org.annals.diag..")
        .layer("config").definedBy("org.annals.config..")
        .layer("model").definedBy("org.annals.model..")
        .layer("content").definedBy("org.annals.content..")
        .layer("link").definedBy("org.annals.link..")
        .layer("cite").definedBy("org.annals.cite..")
        .layer("render").definedBy("org.annals.render..")
        .layer("search").definedBy("org.annals.search..")
        .layer("site").definedBy("org.annals.site..")
        .layer("check").definedBy("org.annals.check..")
        .layer("serve").definedBy("org.annals.serve..")
        .layer("cli").definedBy("org.annals.cli..")
        .whereLayer("diag").mayNotAccessAnyLayer()
        .whereLayer("config").mayOnlyAccessLayers("diag")
        .whereLayer("model").mayOnlyAccessLayers("config", "diag")
        .whereLayer("content").mayOnlyAccessLayers("model", "config", "diag")
        .whereLayer("link").mayOnlyAccessLayers("content", "model", "config", "diag")
        .whereLayer("cite").mayOnlyAccessLayers("link", "content", "model", "config", "diag")
        .whereLayer("render").mayOnlyAccessLayers("cite", "link", "content", "model", "config", "diag")
        .whereLayer("search").mayOnlyAccessLayers("link", "content", "model", "config", "diag")
        .whereLayer("site").mayOnlyAccessLayers("render", "search", "cite", "link", "content", "model", "config", "diag")
        .whereLayer("check").mayOnlyAccessLayers("link", "model", "config", "diag")
        .whereLayer("serve").mayOnlyAccessLayers("site", "check", "render", "search", "cite", "link", "content", "model",
            "config", "diag")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer();
  }

  @Test
  void everyStageUsesOnlyTheStagesBeforeItOnItsPath() {
    stages().check(MAIN);
  }

  @Test
  void noPackagesDependOnEachOtherInACycle() {
    slices().matching("org.annals.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyTheContentStageUsesTheMarkdownParser() {
    // Markdown is parsed once, while the paper is read; later stages read the model.
    noClasses().that().resideOutsideOfPackage("org.annals.content..")
        .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
        .check(MAIN);
  }

  @Test
  void theModelHoldsNoLibraryTypes() {
    noClasses().that().resideInAPackage("org.annals.model..")
        .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "freemarker..",
            "com.fasterxml.jackson..", "picocli..")
        .check(MAIN);
  }

  @Test
  void theRuleSeesAFullyQualifiedReferenceAgainstTheOrder() {
    ArchRule rule = stages().withOptionalLayers(true);
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(org.annals.search.BackwardEdge.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("org.annals.search.BackwardEdge") && line.contains("org.annals.render"));
  }
}
