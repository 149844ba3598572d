package dev.joinery.sample.api;

import dev.joinery.query.Query;
import dev.joinery.sample.api.request.RecordReader;
import dev.joinery.sample.model.Comment;
import dev.joinery.sample.model.CommentTable;
import dev.joinery.sample.model.Tag;
import dev.joinery.sample.model.TagDao;
import dev.joinery.sample.model.TagTable;
import dev.joinery.sample.model.Tutorial;
import dev.joinery.sample.model.TutorialDao;
import dev.joinery.sample.model.TutorialTable;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The routes beyond plain CRUD, written with the association mixins the processor generated on
 * {@code TutorialDao}:
 *
 * <pre>
 * POST   /api/tutorials/{id}/comments       seed 002's createComment(tutorialId, comment)
 * PUT    /api/tutorials/{id}/tags/{tagId}   tutorial.addTag(tag); idempotent
 * DELETE /api/tutorials/{id}/tags/{tagId}   tutorial.removeTag(tag)
 * </pre>
 */
public final class TutorialRoutes {
  private final Api api;

  public TutorialRoutes(Api api) {
    this.api = api;
  }

  public void register(Javalin app) {
    app.post("/api/tutorials/{id}/comments", this::createComment);
    app.put("/api/tutorials/{id}/tags/{tagId}", this::addTag);
    app.delete("/api/tutorials/{id}/tags/{tagId}", this::removeTag);
  }

  private void createComment(Context ctx) {
    Long id = api.key(TutorialTable.INSTANCE, ctx, "id");
    RecordReader.NewRow<Comment> comment = api.reader()
        .readNew(CommentTable.INSTANCE, api.body(ctx), List.of(CommentTable.TUTORIAL_ID));
    if (!comment.includes().isEmpty()) {
      throw ApiException.badRequest("a comment created under a tutorial nests no associations");
    }
    Comment created = api.inTransaction(TutorialDao.class, tutorials ->
        tutorials.createComment(tutorial(tutorials, id), comment.row()));
    ctx.status(201)
        .header("Location", "/api/comments/" + created.id())
        .json(created);
  }

  /** Links the tag; answers with the tutorial and all its tags. */
  private void addTag(Context ctx) {
    Long id = api.key(TutorialTable.INSTANCE, ctx, "id");
    Long tagId = api.key(TagTable.INSTANCE, ctx, "tagId");
    Map<String, Object> tutorialWithTags = api.inTransaction(handle -> {
      TutorialDao tutorials = handle.attach(TutorialDao.class);
      Tutorial tutorial = tutorial(tutorials, id);
      Tag tag = tag(handle.attach(TagDao.class), tagId);
      // PUT is idempotent: linking a linked tag again changes nothing.
      if (!tutorials.hasTag(tutorial, tag)) {
        tutorials.addTag(tutorial, tag);
      }
      return tutorials.findAllAsMaps(Query.where(TutorialTable.ID.eq(id))
          .with(TutorialTable.TAGS.include().orderBy(TagTable.NAME.asc()))).get(0);
    });
    ctx.json(tutorialWithTags);
  }

  private void removeTag(Context ctx) {
    Long id = api.key(TutorialTable.INSTANCE, ctx, "id");
    Long tagId = api.key(TagTable.INSTANCE, ctx, "tagId");
    api.inTransaction(handle -> {
      TutorialDao tutorials = handle.attach(TutorialDao.class);
      Tutorial tutorial = tutorial(tutorials, id);
      Tag tag = tag(handle.attach(TagDao.class), tagId);
      if (!tutorials.hasTag(tutorial, tag)) {
        throw new ApiException(404, "not-found", "tutorial " + id + " has no tag " + tagId,
            List.of());
      }
      tutorials.removeTag(tutorial, tag);
      return null;
    });
    ctx.status(204);
  }

  private static Tutorial tutorial(TutorialDao tutorials, Long id) {
    return tutorials.findByPk(id)
        .orElseThrow(() -> ApiException.notFound(TutorialTable.INSTANCE.name(), id));
  }

  private static Tag tag(TagDao tags, Long id) {
    return tags.findByPk(id).orElseThrow(() -> ApiException.notFound(TagTable.INSTANCE.name(), id));
  }
}
