package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the related papers are chosen from their scores. */
class CatalogueRelatedTest {
  @Test
  void theHighestPositiveScoresComeFirstAndEqualScoresInThePapersOrder() {
    double[] scores = {0, 2.5, 7, 2.5, 0, 9, 2.5, -1, 7};
    // Candidates come in the order their scores were first added to, not the papers' order.
    int[] candidates = {6, 8, 3, 0, 1, 7, 5, 2, 4};
    assertThat(Catalogue.best(scores, candidates, candidates.length, 5)).containsExactly(5, 2, 8, 1, 3);
    assertThat(Catalogue.best(scores, candidates, candidates.length, 3)).containsExactly(5, 2, 8);
  }

  @Test
  void papersWithoutAPositiveScoreAreLeftOutEvenBelowTheLimit() {
    double[] scores = {0, 1.5, 0, -2, 0.25};
    int[] candidates = {0, 1, 2, 3, 4};
    assertThat(Catalogue.best(scores, candidates, candidates.length, 5)).containsExactly(1, 4);
    // Only the first {@code size} candidates count.
    assertThat(Catalogue.best(scores, candidates, 2, 5)).containsExactly(1);
    assertThat(Catalogue.best(scores, candidates, 0, 5)).isEmpty();
  }
}
