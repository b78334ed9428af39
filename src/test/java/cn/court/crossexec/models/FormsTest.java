package cn.court.crossexec.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every camunda:formRef in bpmn/ has its Camunda Form in forms/ (file name, id and schema version as Tasklist
 * expects them, component ids unique), and every form in forms/ is used by some model.
 */
class FormsTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final int SCHEMA_VERSION = 16;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormRefHasAValidForm() throws Exception {
    Map<String, Set<String>> refs = formRefs();
    assertThat(refs).as("form references in %s", MODELS).isNotEmpty();

    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, Set<String>> entry : refs.entrySet()) {
      String ref = entry.getKey();
      Path file = FORMS.resolve(ref + ".form");
      if (!Files.isRegularFile(file)) {
        softly.fail("form %s referenced by %s: %s is missing", ref, entry.getValue(), file);
        continue;
      }
      JsonNode form = json.readTree(file.toFile());
      softly.assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(ref);
      softly.assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", file).isEqualTo(SCHEMA_VERSION);
      softly.assertThat(form.path("components").isArray()).as("components of %s is an array", file).isTrue();

      List<String> ids = new ArrayList<>();
      collectComponentIds(form.path("components"), ids);
      softly.assertThat(ids).as("component ids of %s", file).doesNotContainNull().doesNotHaveDuplicates();
    }
    softly.assertAll();
  }

  @Test
  void everyFormIsReferencedByAModel() throws Exception {
    Set<String> refs = formRefs().keySet();
    Set<String> forms = new TreeSet<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".form"))
          .forEach(name -> forms.add(name.substring(0, name.length() - ".form".length())));
    }
    assertThat(forms).as("forms in %s", FORMS).isNotEmpty();
    assertThat(refs).as("forms in %s not referenced by any model in %s", FORMS, MODELS).containsAll(forms);
  }

  /** formRef → the models (file names) that use it. */
  private static Map<String, Set<String>> formRefs() throws Exception {
    Map<String, Set<String>> refs = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (Path model : models()) {
      Document doc = factory.newDocumentBuilder().parse(model.toFile());
      NodeList all = doc.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        if (element.hasAttributeNS(CAMUNDA_NS, "formRef")) {
          refs.computeIfAbsent(element.getAttributeNS(CAMUNDA_NS, "formRef"), r -> new TreeSet<>())
              .add(model.getFileName().toString());
        }
      }
    }
    return refs;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  /** Component ids, including those nested in groups and dynamic lists. */
  private static void collectComponentIds(JsonNode components, List<String> ids) {
    for (JsonNode component : components) {
      ids.add(component.hasNonNull("id") ? component.get("id").asText() : null);
      if (component.has("components")) {
        collectComponentIds(component.get("components"), ids);
      }
    }
  }
}
