package cn.court.crossexec.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client at one source address: its own cookies, no redirects followed, so that each answer of the
 * server can be checked. Each request is one HTTP/1.0 exchange over a socket bound to that address (Java 17's HTTP
 * clients cannot choose it); the server sees it as the request's remote address, which the login throttle counts by.
 * Any loopback address 127.0.0.x works on Linux.
 */
public final class SourceAddressBrowser {

  public static final String CSRF_COOKIE = "CROSSEXEC-XSRF";
  public static final String CSRF_HEADER = "X-CSRF-TOKEN";

  /** What the server answered, headers by lower-case name. */
  public record Answer(int statusCode, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers(name).stream().findFirst();
    }

    public List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String location() {
      return header("Location").orElse("");
    }
  }

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public SourceAddressBrowser(String address, int port) {
    this.address = address;
    this.port = port;
  }

  /** The login page, then the form with its CSRF token. */
  public Answer signIn(String user, String password) throws IOException {
    if (cookie(CSRF_COOKIE) == null) {
      get("/login");
    }
    return post("/login", Map.of("username", user, "password", password), cookie(CSRF_COOKIE));
  }

  /** A page the person opens: the browser asks for HTML. */
  public Answer get(String path) throws IOException {
    return exchange("GET", path, Map.of("Accept", "text/html,application/xhtml+xml,application/json;q=0.9"), null);
  }

  public Answer post(String path, Map<String, String> fields, String csrfToken) throws IOException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    if (csrfToken != null) {
      form.put("_csrf", csrfToken);
    }
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return exchange("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"), body);
  }

  public Answer postJson(String path, String json, String csrfToken) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json", "Accept", "application/json"));
    if (csrfToken != null) {
      headers.put(CSRF_HEADER, csrfToken);
    }
    return exchange("POST", path, headers, json);
  }

  public Answer exchange(String method, String path, Map<String, String> headers, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (!cookies.isEmpty()) {
      request.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; "))).append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    byte[] response;
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      response = socket.getInputStream().readAllBytes();
    }
    String text = new String(response, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      answerHeaders.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    for (String setCookie : answerHeaders.getOrDefault("set-cookie", List.of())) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String value = pair.substring(eq + 1);
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(pair.substring(0, eq));
      } else {
        cookies.put(pair.substring(0, eq), value);
      }
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, text.substring(end + 4));
  }

  public String cookie(String name) {
    return cookies.get(name);
  }
}
