package cn.court.crossexec.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server grades from the recorded facts with the model's own table, and the decision is judged by that grade. */
class DishonestyGradingTest {

  private final DishonestyGrading grading = new DishonestyGrading();

  @Test
  void violenceMakesItSeriousOnTheServerToo() {
    DishonestyGrading.Grade g = grading.grade(Ground.REFUSES_DESPITE_ABILITY, true, false, false, 10_000L);
    assertThat(g.grade()).isEqualTo("SERIOUS");
    assertThat(g.measures()).isEqualTo("LISTING");
    assertThat(g.baseTermMonths()).isEqualTo(24);
    assertThat(g.minExtensionMonths()).isEqualTo(12);
    assertThat(g.maxExtensionMonths()).isEqualTo(36);
    assertThat(g.graceAllowed()).isFalse();
  }

  @Test
  void aSmallRefusalIsMinorWithRestrictionOnly() {
    DishonestyGrading.Grade g = grading.grade(Ground.REFUSES_DESPITE_ABILITY, false, false, false, 4_999_999L);
    assertThat(g.grade()).isEqualTo("MINOR");
    assertThat(g.measures()).isEqualTo("RESTRICTION_ONLY");
    assertThat(g.graceAllowed()).isTrue();
  }

  @Test
  void theGradeACompletionCarriesIsReplacedByTheServersGrade() {
    // a completion through /engine-rest claiming "minor, restriction only, grace allowed" for a violent debtor
    CreditService.Decision forged =
        new CreditService.Decision(true, 0, true, 2, "理由", List.of(), "MINOR", "RESTRICTION_ONLY", 0, 0, 0, true, "伪造");
    CreditService.Decision judged =
        forged.gradedBy(grading.grade(Ground.REFUSES_DESPITE_ABILITY, true, false, false, 10_000L));
    assertThat(judged.grade()).isEqualTo("SERIOUS");
    assertThat(judged.measures()).isEqualTo("LISTING");
    assertThat(judged.graceAllowed()).isFalse();
    assertThat(judged.minExtensionMonths()).isEqualTo(12);
    // the court's own choices stay as sent, to be checked against that grade
    assertThat(judged.graceGranted()).isTrue();
    assertThat(judged.extensionMonths()).isZero();
  }
}
