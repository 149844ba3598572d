package dev.joinery.sample.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.sample.api.request.Values;
import dev.joinery.sample.model.Comment;
import dev.joinery.sample.model.Tutorial;
import dev.joinery.sample.model.TutorialDao;
import dev.joinery.sample.model.TutorialTable;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A tutorial and its comments saved in one call, by Joinery's nested update (Sequelize has none):
 *
 * <pre>
 * PUT /api/tutorials/{id}/with-comments
 * {"title": "…", "description": "…", "version": 3,
 *  "comments": [{"id": 12, "name": "ann", "text": "great"}, {"name": "dee", "text": "new"}]}
 * </pre>
 *
 * <p>The body is the whole tree as the client wants it stored: columns that differ are updated,
 * comments without an {@code id} created, comments left out removed (detached from the
 * tutorial), all in one transaction. {@code version} is the one the client read: when someone
 * else saved the tutorial since, the answer is 409 {@code stale} and nothing is written. Answers
 * with the stored tutorial, its comments and its new version.
 */
public final class TutorialTreeRoute {
  private static final Set<String> TUTORIAL_FIELDS =
      Set.of("title", "description", "version", "comments");
  private static final Set<String> COMMENT_FIELDS = Set.of("id", "name", "text");

  private final Api api;

  public TutorialTreeRoute(Api api) {
    this.api = api;
  }

  public void register(Javalin app) {
    app.put("/api/tutorials/{id}/with-comments", this::update);
  }

  private void update(Context ctx) {
    Long id = api.key(TutorialTable.INSTANCE, ctx, "id");
    Tutorial given = tutorial(id, object(api.body(ctx), "the body", TUTORIAL_FIELDS));
    Tutorial saved = api.inTransaction(TutorialDao.class,
        tutorials -> tutorials.update(given, TutorialTable.COMMENTS));
    ctx.json(saved);
  }

  /** The tree a body describes; 400 when it is not one. */
  static Tutorial tutorial(Long id, JsonNode body) {
    JsonNode version = body.path("version");
    if (!version.isInt()) {
      throw ApiException.badRequest("version must be the tutorial's version as read (a number):"
          + " it tells whether someone else saved the tutorial since");
    }
    JsonNode comments = body.path("comments");
    if (!comments.isArray()) {
      throw ApiException.badRequest("comments must be an array: the tutorial's comments as they"
          + " are to be stored");
    }
    List<Comment> rows = new ArrayList<>();
    for (JsonNode element : comments) {
      JsonNode comment = object(element, "each comment", COMMENT_FIELDS);
      JsonNode key = comment.path("id");
      if (!key.isMissingNode() && !key.isIntegralNumber()) {
        throw ApiException.badRequest("a comment's id must be a number (leave it out for a new"
            + " comment)");
      }
      rows.add(new Comment(key.isMissingNode() ? null : key.asLong(), text(comment, "name"),
          text(comment, "text"), id, null, null, null));
    }
    return new Tutorial(id, text(body, "title"), text(body, "description"), version.asInt(),
        null, null, rows, null);
  }

  private static JsonNode object(JsonNode node, String what, Set<String> fields) {
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(what + " must be a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw ApiException.badRequest(what + " has an unknown attribute '" + name + "'; known: "
            + String.join(", ", fields.stream().sorted().toList()));
      }
    }
    return node;
  }

  /** A text attribute; absent or null is null, which validation reports if it must not be. */
  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (!value.isTextual()) {
      return null;
    }
    try {
      return Values.text(value.asText());
    } catch (Values.WrongType e) {
      throw ApiException.badRequest(name + " " + e.getMessage());
    }
  }
}
