package dev.joinery.sample.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.Linked;
import dev.joinery.query.Query;
import dev.joinery.sample.api.request.Values;
import dev.joinery.sample.model.Follower;
import dev.joinery.sample.model.FollowerDao;
import dev.joinery.sample.model.FollowerTable;
import dev.joinery.sample.model.Tag;
import dev.joinery.sample.model.TagDao;
import dev.joinery.sample.model.TagFollow;
import dev.joinery.sample.model.TagFollowTable;
import dev.joinery.sample.model.TagTable;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows: tag links with a payload, through the {@link TagFollow} record.
 *
 * <pre>
 * PUT /api/followers/{id}/tags/{tagId}   {"frequency": "daily"}: follower.addFollow(tag, {through})
 * GET /api/followers/{id}/tags[?frequency=daily]   the followed tags with their payload
 * </pre>
 */
public final class FollowerRoutes {
  private final Api api;

  public FollowerRoutes(Api api) {
    this.api = api;
  }

  public void register(Javalin app) {
    app.put("/api/followers/{id}/tags/{tagId}", this::follow);
    app.get("/api/followers/{id}/tags", this::follows);
  }

  /** Follows the tag with the body's payload; 201 with the follow. A second follow is a 409. */
  private void follow(Context ctx) {
    Long id = api.key(FollowerTable.INSTANCE, ctx, "id");
    Long tagId = api.key(TagTable.INSTANCE, ctx, "tagId");
    String frequency = frequency(api.body(ctx).path("frequency"));
    Map<String, Object> follow = api.inTransaction(handle -> {
      FollowerDao followers = handle.attach(FollowerDao.class);
      Follower follower = followers.findByPk(id)
          .orElseThrow(() -> ApiException.notFound(FollowerTable.INSTANCE.name(), id));
      Tag tag = handle.attach(TagDao.class).findByPk(tagId)
          .orElseThrow(() -> ApiException.notFound(TagTable.INSTANCE.name(), tagId));
      followers.addFollow(follower, tag, TagFollow.notifying(frequency));
      return json(followed(followers, id, null).get(0));
    });
    ctx.status(201).json(follow);
  }

  /** The body's {@code frequency}, {@code weekly} when it has none; 400 when it is no text. */
  private static String frequency(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "weekly";
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("frequency must be a string such as daily or weekly");
    }
    return frequency(value.textValue());
  }

  /** {@code text} as a frequency; 400 when no database could store it. */
  private static String frequency(String text) {
    try {
      return Values.text(text);
    } catch (Values.WrongType e) {
      throw ApiException.badRequest("frequency " + e.getMessage());
    }
  }

  /** The followed tags with their payload, filtered on it by {@code ?frequency=}. */
  private void follows(Context ctx) {
    Long id = api.key(FollowerTable.INSTANCE, ctx, "id");
    String frequency = ctx.queryParam("frequency") == null ? null
        : frequency(ctx.queryParam("frequency"));
    List<Map<String, Object>> follows = api.inTransaction(FollowerDao.class, followers -> {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Linked<Tag, TagFollow> follow : followed(followers, id, frequency)) {
        list.add(json(follow));
      }
      return list;
    });
    ctx.json(follows);
  }

  /** The follower's follows, newest tag name first, narrowed on the link by {@code frequency}. */
  private static List<Linked<Tag, TagFollow>> followed(FollowerDao followers, Long id,
      String frequency) {
    var include = FollowerTable.FOLLOWS.include().orderBy(TagTable.NAME.asc());
    if (frequency != null) {
      include = include.throughWhere(TagFollowTable.FREQUENCY.eq(frequency));
    }
    Follower follower = followers.findByPk(id, Query.include(include))
        .orElseThrow(() -> ApiException.notFound(FollowerTable.INSTANCE.name(), id));
    return follower.follows();
  }

  private static Map<String, Object> json(Linked<Tag, TagFollow> follow) {
    Map<String, Object> tag = new LinkedHashMap<>();
    tag.put("id", follow.target().id());
    tag.put("name", follow.target().name());
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("tag", tag);
    map.put("frequency", follow.link().frequency());
    map.put("createdAt", String.valueOf(follow.link().createdAt()));
    return map;
  }
}
