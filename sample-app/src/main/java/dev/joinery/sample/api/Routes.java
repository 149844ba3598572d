package dev.joinery.sample.api;

import dev.joinery.sample.model.AddressDao;
import dev.joinery.sample.model.AddressTable;
import dev.joinery.sample.model.AuthorDao;
import dev.joinery.sample.model.AuthorTable;
import dev.joinery.sample.model.CommentDao;
import dev.joinery.sample.model.CommentTable;
import dev.joinery.sample.model.CustomerDao;
import dev.joinery.sample.model.CustomerTable;
import dev.joinery.sample.model.FollowerDao;
import dev.joinery.sample.model.FollowerTable;
import dev.joinery.sample.model.StoryDao;
import dev.joinery.sample.model.StoryTable;
import dev.joinery.sample.model.TagDao;
import dev.joinery.sample.model.TagTable;
import dev.joinery.sample.model.TaskDao;
import dev.joinery.sample.model.TaskTable;
import dev.joinery.sample.model.TaskUserDao;
import dev.joinery.sample.model.TaskUserTable;
import dev.joinery.sample.model.TutorialDao;
import dev.joinery.sample.model.TutorialTable;
import dev.joinery.sample.model.UserDao;
import dev.joinery.sample.model.UserProfileDao;
import dev.joinery.sample.model.UserProfileTable;
import dev.joinery.sample.model.UserTable;
import io.javalin.Javalin;

/** Every route of the sample, by seed tutorial. */
public final class Routes {
  private Routes() {}

  public static void register(Javalin app, Api api) {
    // Seeds 000 and 001: customers and addresses, one-to-one.
    new Resource<>("/api/customers", CustomerTable.INSTANCE, CustomerDao.class, api).register(app);
    new Resource<>("/api/addresses", AddressTable.INSTANCE, AddressDao.class, api).register(app);
    new CustomerRoutes(api).register(app);

    // Seed 002: tutorials and comments, one-to-many; tutorials and tags, many-to-many.
    new Resource<>("/api/tutorials", TutorialTable.INSTANCE, TutorialDao.class, api).register(app);
    new Resource<>("/api/comments", CommentTable.INSTANCE, CommentDao.class, api).register(app);
    new Resource<>("/api/tags", TagTable.INSTANCE, TagDao.class, api).register(app);
    new TutorialRoutes(api).register(app);
    new TutorialTreeRoute(api).register(app);
    // Tags followed with a payload: a belongsToMany through a record.
    new Resource<>("/api/followers", FollowerTable.INSTANCE, FollowerDao.class, api).register(app);
    new FollowerRoutes(api).register(app);

    // Seed 003: users and profiles on UUID keys, belongsTo with a targetKey.
    new Resource<>("/api/users", UserTable.INSTANCE, UserDao.class, api).register(app);
    new Resource<>("/api/profiles", UserProfileTable.INSTANCE, UserProfileDao.class, api)
        .register(app);

    // Seed 004: users (here authors) and stories, aliases story and author.
    new Resource<>("/api/authors", AuthorTable.INSTANCE, AuthorDao.class, api).register(app);
    new Resource<>("/api/stories", StoryTable.INSTANCE, StoryDao.class, api).register(app);

    // Seed 001: users (here task users) and tasks, hasOne on a non-key column.
    new Resource<>("/api/task-users", TaskUserTable.INSTANCE, TaskUserDao.class, api)
        .register(app);
    new Resource<>("/api/tasks", TaskTable.INSTANCE, TaskDao.class, api).register(app);
  }
}
