package cn.court.crossexec.court;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CourtApiIT {

  @Autowired Api api;

  @Test
  void directoryHoldsARealisticSliceOfTheHierarchy() {
    JsonNode courts = api.as("officer-GD0305").getForObject("/api/courts", JsonNode.class);
    List<String> levels = new ArrayList<>();
    courts.forEach(c -> levels.add(c.get("level").asText()));
    assertThat(levels).filteredOn("SPC"::equals).hasSize(1);
    assertThat(levels).filteredOn("HIGH"::equals).hasSizeGreaterThanOrEqualTo(2);
    assertThat(levels).filteredOn("INTERMEDIATE"::equals).hasSizeGreaterThanOrEqualTo(4);
    assertThat(levels).filteredOn("BASIC"::equals).hasSizeGreaterThanOrEqualTo(12);
    JsonNode nanshan = find(courts, "GD0305");
    assertThat(nanshan.get("name").asText()).isEqualTo("深圳市南山区人民法院");
    assertThat(nanshan.get("designator").asText()).isEqualTo("粤0305");
    assertThat(nanshan.get("parentCode").asText()).isEqualTo("GD03");
    assertThat(nanshan.get("region").asText()).contains("深圳");
    // every court but the SPC hangs under another court of the directory
    courts.forEach(c -> {
      if (!"SPC".equals(c.get("level").asText())) {
        assertThat(find(courts, c.get("parentCode").asText())).isNotNull();
      }
    });
  }

  @Test
  void filtersByParentAndLevel() {
    JsonNode underShenzhen = api.as("officer-GD0305").getForObject("/api/courts?parentCode=GD03", JsonNode.class);
    assertThat(underShenzhen).hasSize(5);
    underShenzhen.forEach(c -> assertThat(c.get("parentCode").asText()).isEqualTo("GD03"));

    JsonNode high = api.as("officer-GD0305").getForObject("/api/courts?level=HIGH", JsonNode.class);
    assertThat(high).isNotEmpty();
    high.forEach(c -> assertThat(c.get("level").asText()).isEqualTo("HIGH"));

    JsonNode basicUnderGd = api.as("officer-GD0305").getForObject("/api/courts?parentCode=GD&level=BASIC", JsonNode.class);
    assertThat(basicUnderGd).isEmpty();
  }

  @Test
  void oneCourtComesWithItsChildren() {
    JsonNode gd = api.as("manager").getForObject("/api/courts/GD", JsonNode.class);
    assertThat(gd.get("code").asText()).isEqualTo("GD");
    assertThat(gd.get("level").asText()).isEqualTo("HIGH");
    List<String> children = new ArrayList<>();
    gd.get("children").forEach(c -> children.add(c.get("code").asText()));
    assertThat(children).containsExactly("GD01", "GD03");
  }

  @Test
  void unknownCourtAndBadFilterAreProblems() {
    ResponseEntity<JsonNode> missing = api.as("manager").getForEntity("/api/courts/XX99", JsonNode.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(missing.getBody().get("detail").asText()).contains("XX99");

    ResponseEntity<JsonNode> bad = api.as("manager").getForEntity("/api/courts?level=PROVINCIAL", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").get(0).get("field").asText()).isEqualTo("level");
  }

  private static JsonNode find(JsonNode courts, String code) {
    for (JsonNode c : courts) {
      if (c.get("code").asText().equals(code)) {
        return c;
      }
    }
    return null;
  }
}
