package dev.joinery.sample;

import java.util.List;

/**
 * The seed tutorials' Postman checks as requests, in an order that works on a fresh database
 * (every id they use is 1). {@link Main} prints them as curl lines; a test replays them.
 */
public final class Examples {
  private Examples() {}

  /**
   * One request.
   *
   * @param seed which tutorial it replays
   * @param body JSON, or {@code null}
   * @param expectedStatus what it answers on a fresh database
   */
  public record Request(String seed, String method, String path, String body, int expectedStatus) {
    /** As a line to paste in a shell: {@code -g} because curl would glob the brackets. */
    public String curl(String baseUrl) {
      StringBuilder line = new StringBuilder("curl -s -g");
      if (!method.equals("GET")) {
        line.append(" -X ").append(method);
      }
      line.append(" '").append(baseUrl).append(path).append("'");
      if (body != null) {
        line.append(" -H 'Content-Type: application/json' -d '")
            .append(body.replace("'", "'\\''")).append("'");
      }
      return line.toString();
    }
  }

  public static final List<Request> ALL = List.of(
      new Request("000", "POST", "/api/customers",
          "{\"firstname\":\"Jack\",\"lastname\":\"Davis\",\"age\":25,"
              + "\"address\":{\"street\":\"West Street\",\"postcode\":\"1234\"}}", 201),
      new Request("000", "GET", "/api/customers?include=address"
          + "&attributes[address]=street,postcode:zip", null, 200),
      new Request("002", "POST", "/api/tutorials",
          "{\"title\":\"Tut#1\",\"description\":\"Tut#1 Description\"}", 201),
      new Request("002", "POST", "/api/tutorials/1/comments",
          "{\"name\":\"bezkoder\",\"text\":\"Good job!\"}", 201),
      new Request("002", "GET", "/api/tutorials/1?include=comments", null, 200),
      new Request("003", "POST", "/api/users",
          "{\"firstName\":\"Ada\",\"email\":\"not-an-email\",\"photo\":\"not a url\"}", 400),
      new Request("003", "POST", "/api/users",
          "{\"firstName\":\"Ada\",\"email\":\"ada@example.com\",\"photo\":\"https://example.com/ada.png\","
              + "\"userProfile\":{\"address\":\"12 Analytical Row\"}}", 201),
      new Request("004", "POST", "/api/authors",
          "{\"username\":\"boris\",\"email\":\"boris@example.com\",\"password\":\"kvass123\","
              + "\"story\":{\"title\":\"cheeki breeki cheburek\","
              + "\"content\":\"how to make cheburek at your cousin's place\"}}", 201),
      new Request("004", "GET", "/api/stories?include=author", null, 200),
      new Request("001", "POST", "/api/task-users",
          "{\"firstName\":\"Nathan\",\"task\":{\"taskName\":\"Learn hasOne\"}}", 201),
      new Request("001", "POST", "/api/tasks",
          "{\"taskName\":\"A second task\",\"taskOwner\":\"Nathan\"}", 409),
      new Request("tags", "POST", "/api/tags", "{\"name\":\"sequelize\"}", 201),
      new Request("tags", "PUT", "/api/tutorials/1/tags/1", null, 200),
      new Request("tags", "GET", "/api/tags?include=tutorials", null, 200),
      new Request("paranoid", "DELETE", "/api/customers/1", null, 204),
      new Request("paranoid", "GET", "/api/customers/1", null, 404),
      new Request("paranoid", "POST", "/api/customers/1/restore", null, 200));
}
