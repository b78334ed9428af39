package cn.court.crossexec.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The project's zh-CN Tasklist locale covers every label of the Tasklist version it ships with. */
class TasklistLocaleTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void chineseLocaleHasEveryKeyOfTheEnglishOne() throws IOException {
    JsonNode english = read(LOCALES + "en.json");
    JsonNode chinese = read(LOCALES + "zh.json");
    assertThat(keys(chinese, "")).isEqualTo(keys(english, ""));
  }

  @Test
  void labelsAreChineseAndTheMigrationBannerIsEmpty() throws IOException {
    JsonNode chinese = read(LOCALES + "zh.json");
    assertThat(chinese.at("/labels/BANNER_CE_EOL_TEXT").asText()).isEmpty();
    assertThat(chinese.at("/labels/CLAIM_TASK").asText()).isEqualTo("认领");
    assertThat(chinese.at("/dateLocales/months/0").asText()).isEqualTo("一月");
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      // the vendor's files start with a byte-order mark
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return mapper.readTree(text);
    }
  }

  private static Set<String> keys(JsonNode node, String prefix) {
    Set<String> keys = new TreeSet<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        keys.add(prefix + field.getKey());
        keys.addAll(keys(field.getValue(), prefix + field.getKey() + "."));
      }
    }
    return keys;
  }
}
