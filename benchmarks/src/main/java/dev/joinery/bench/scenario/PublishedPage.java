package dev.joinery.bench.scenario;

import dev.joinery.bench.Seed;
import dev.joinery.bench.jdbc.JdbcTutorials;
import dev.joinery.bench.model.Tutorial;
import dev.joinery.bench.model.TutorialDao;
import dev.joinery.bench.model.TutorialTable;
import dev.joinery.query.Query;
import java.sql.Connection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Scenario 6: one page (limit 100, offset 1,000) of the published tutorials (every other one of
 * 5,000) include comments, ordered by id. Short operations: here the fixed costs of a call show.
 */
public class PublishedPage extends Scenario<List<Tutorial>> {
  static final int TUTORIALS = 5_000;
  static final int COMMENTS_EACH = 10;
  static final int LIMIT = 100;
  static final int OFFSET = 1_000;

  private JdbcTutorials tutorials;

  @Override
  protected void seed() {
    Seed.tutorials(database, TUTORIALS, COMMENTS_EACH);
    tutorials = new JdbcTutorials(types);
  }

  @Override
  protected List<Tutorial> runDao(Handle handle) {
    return handle.attach(TutorialDao.class).findAll(
        Query.where(TutorialTable.PUBLISHED.eq(true))
            .with(TutorialTable.COMMENTS)
            .orderBy(TutorialTable.ID.asc())
            .limit(LIMIT)
            .offset(OFFSET));
  }

  @Override
  protected List<Tutorial> runJdbc(Connection connection) throws Exception {
    return tutorials.publishedPageWithComments(connection, LIMIT, OFFSET);
  }

  @Override
  protected int jdbcStatements() {
    return tutorials.statements();
  }

  @Override
  protected Object canonical(List<Tutorial> result) {
    // The page is ordered by id: compare the parents in the order returned.
    return Results.tutorials(result, false);
  }

  @Override
  protected String describe(List<Tutorial> result) {
    String range = result.isEmpty() ? "" : " (ids " + result.get(0).id() + ".."
        + result.get(result.size() - 1).id() + ")";
    return result.size() + " tutorials" + range + ", "
        + result.stream().mapToInt(t -> t.comments().size()).sum() + " comments";
  }

  @Override
  protected String title() {
    return "6. page (limit 100, offset 1,000) of published tutorials include comments";
  }
}
