package dev.joinery.bench.scenario;

import dev.joinery.bench.Report;
import dev.joinery.bench.jdbc.JdbcTutorials;
import dev.joinery.bench.model.Comment;
import dev.joinery.bench.model.Tutorial;
import dev.joinery.bench.model.TutorialDao;
import dev.joinery.bench.model.TutorialTable;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 5: nested create of 2,000 tutorials with 10 comments each, one after another, each
 * create in its own transaction (an INSERT with its generated key, then one batch of 10
 * comments with theirs). The hand-written side leaves autocommit once for all of them, so each
 * create costs three round trips: the two statements and the commit. The tables start empty; after each operation, outside the measured
 * time, both variants' rows are deleted alike ({@code @TearDown(Level.Invocation)}), so every
 * operation inserts into the same empty tables.
 */
public class NestedCreate extends Scenario<List<Tutorial>> {
  static final int TUTORIALS = 2_000;
  static final int COMMENTS_EACH = 10;

  private final List<Tutorial> input = new ArrayList<>(TUTORIALS);
  private JdbcTutorials tutorials;

  @Override
  protected void seed() {
    for (int n = 1; n <= TUTORIALS; n++) {
      List<Comment> comments = new ArrayList<>(COMMENTS_EACH);
      for (int c = 1; c <= COMMENTS_EACH; c++) {
        comments.add(Comment.of("Reader " + c, "Comment " + c + " on new tutorial " + n
            + ": a useful read, thank you for writing it."));
      }
      input.add(new Tutorial(null, "New tutorial " + n, "How to do new thing " + n,
          n % 2 == 0, null, null, comments, null));
    }
    tutorials = new JdbcTutorials(types);
  }

  @TearDown(Level.Invocation)
  public void deleteCreatedRows() {
    database.execute(types.sql("DELETE FROM \"comments\""), types.sql("DELETE FROM \"tutorials\""));
  }

  @Override
  protected List<Tutorial> runDao(Handle handle) {
    TutorialDao dao = handle.attach(TutorialDao.class);
    List<Tutorial> created = new ArrayList<>(TUTORIALS);
    for (Tutorial tutorial : input) {
      created.add(dao.create(tutorial, TutorialTable.COMMENTS));
    }
    return created;
  }

  @Override
  protected List<Tutorial> runJdbc(Connection connection) throws Exception {
    List<Tutorial> created = new ArrayList<>(TUTORIALS);
    // Out of autocommit once for all creates: each is then its two statements and a commit.
    connection.setAutoCommit(false);
    try {
      for (Tutorial tutorial : input) {
        created.add(tutorials.createWithComments(connection, tutorial));
      }
    } finally {
      connection.setAutoCommit(true);
    }
    return created;
  }

  @Override
  protected int jdbcStatements() {
    return tutorials.statements();
  }

  /**
   * Keys and timestamps differ between two creates, so each variant's returned tree is compared
   * with the rows read back after it (keys, foreign keys and timestamps right), and the two trees
   * with each other and with the input once the generated values are set aside.
   */
  @Override
  protected Report check() throws Exception {
    deleteCreatedRows();
    Run<List<Tutorial>> dao = runCountedDao();
    Results.requireEqual(name() + " (DAO) on " + db + ", read back",
        readBack(), Results.tutorials(dao.result(), true));
    deleteCreatedRows();
    Run<List<Tutorial>> jdbc = runCountedJdbc();
    Results.requireEqual(name() + " (JDBC) on " + db + ", read back",
        readBack(), Results.tutorials(jdbc.result(), true));
    deleteCreatedRows();
    List<Tutorial> given = new ArrayList<>();
    List<Tutorial> byDao = new ArrayList<>();
    List<Tutorial> byJdbc = new ArrayList<>();
    for (int i = 0; i < TUTORIALS; i++) {
      given.add(Results.withoutGenerated(input.get(i)));
      byDao.add(Results.withoutGenerated(dao.result().get(i)));
      byJdbc.add(Results.withoutGenerated(jdbc.result().get(i)));
    }
    Results.requireEqual(name() + " on " + db, byJdbc, byDao);
    Results.requireEqual(name() + " on " + db + " against its input", given, byJdbc);
    return report(dao, jdbc, describe(jdbc.result()));
  }

  /** Every tutorial with its comments as stored, read by a JDBC reader of its own. */
  private List<Tutorial> readBack() throws Exception {
    try (Connection connection = database.dataSource().getConnection()) {
      return Results.tutorials(new JdbcTutorials(types).findAllWithComments(connection), true);
    }
  }

  @Override
  protected String describe(List<Tutorial> result) {
    return result.size() + " tutorials, "
        + result.stream().mapToInt(t -> t.comments().size()).sum() + " comments created";
  }

  @Override
  protected String title() {
    return "5. nested create of 2,000 tutorials with 10 comments each";
  }
}
