'use strict';
// The five seed tutorials' models as their Sequelize users write them, for Joinery's takeover
// tests (dev.joinery.it.takeover). Two commands:
//
//   node takeover.js fill <dialect> <host> <port> <user> <database> <outDir> <tutorial>
//     On <database> (which must exist; a database per tutorial, since three have a users table):
//     sync({force: true}), fill it (nested creates included) and write what findAll with the
//     tutorial's includes returns, as JSON, to <outDir>/<tutorial>.json.
//   node takeover.js read <dialect> <host> <port> <user> <database> <tutorial>
//     Prints findAll with the tutorial's includes as JSON (rows Joinery wrote, read by Sequelize).
//
// <dialect> is mysql (MariaDB through mysql2, as the tutorials run it) or postgres.
// Models follow seeds/000..004; where a tutorial leaves something out (seed 004's Users model
// is from an earlier chapter) the choice is commented.

const { Sequelize, DataTypes } = require('sequelize');

const TUTORIALS = {
  // Seed 000: Customer.hasOne(Address) / Address.belongsTo(Customer) on foreignKey
  // 'fk_customerid' and targetKey 'uuid', the customer keyed by a UUIDV1.
  customers: {
    define(s) {
      const Customer = s.define('customer', {
        uuid: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV1, primaryKey: true },
        firstname: { type: DataTypes.STRING },
        lastname: { type: DataTypes.STRING },
        age: { type: DataTypes.INTEGER },
      });
      const Address = s.define('address', {
        street: { type: DataTypes.STRING },
        phone: { type: DataTypes.STRING },
      });
      Address.belongsTo(Customer, { foreignKey: 'fk_customerid', targetKey: 'uuid' });
      Customer.hasOne(Address, { foreignKey: 'fk_customerid', sourceKey: 'uuid' });
      return { root: Customer, models: { Customer, Address } };
    },
    async fill({ Customer, Address }) {
      await Customer.create({ firstname: 'Jack', lastname: 'Davis', age: 37,
        address: { street: 'W NORMA ST', phone: '713-555-0101' } }, { include: Address });
      await Customer.create({ firstname: 'Mary', lastname: 'Taylor', age: 45,
        address: { street: 'ALAMEDA ST', phone: '713-555-0102' } }, { include: Address });
      await Customer.create({ firstname: 'Peter', lastname: 'Thomas', age: 21 });
    },
    findAll({ Customer, Address }) {
      return Customer.findAll({ include: Address, order: [['firstname', 'ASC']] });
    },
  },

  // Seed 001: User.hasOne(Task) adds "UserId" to "Tasks"; timestamps off; the unique index
  // on UserId the tutorial adds afterwards.
  tasks: {
    define(s) {
      const User = s.define('User', { firstName: DataTypes.STRING }, { timestamps: false });
      const Task = s.define('Task', { taskName: DataTypes.STRING }, {
        timestamps: false,
        indexes: [{ unique: true, fields: ['UserId'] }],
      });
      User.hasOne(Task);
      Task.belongsTo(User);
      return { root: User, models: { User, Task } };
    },
    async fill({ User, Task }) {
      await User.create({ firstName: 'Nathan', Task: { taskName: 'Learn Sequelize' } },
        { include: Task });
      await User.create({ firstName: 'Jane', Task: { taskName: 'Write tests' } },
        { include: Task });
      await User.create({ firstName: 'Idle' });
    },
    findAll({ User, Task }) {
      return User.findAll({ include: Task, order: [['id', 'ASC']] });
    },
  },

  // Seed 002: Tutorial.hasMany(Comment, {as: "comments"}), Comment.belongsTo(Tutorial,
  // {foreignKey: "tutorialId", as: "tutorial"}); timestamps on.
  tutorials: {
    define(s) {
      const Tutorial = s.define('tutorial', {
        title: { type: DataTypes.STRING },
        description: { type: DataTypes.STRING },
      });
      const Comment = s.define('comment', {
        name: { type: DataTypes.STRING },
        text: { type: DataTypes.STRING },
      });
      Tutorial.hasMany(Comment, { as: 'comments' });
      Comment.belongsTo(Tutorial, { foreignKey: 'tutorialId', as: 'tutorial' });
      return { root: Tutorial, models: { Tutorial, Comment } };
    },
    async fill({ Tutorial, Comment }) {
      await Tutorial.create({ title: 'Tut#1', description: 'Tut#1 Description',
        comments: [{ name: 'bezkoder', text: 'Good job!' }, { name: 'zkoder', text: 'One of the best tuts!' }] },
      { include: ['comments'] });
      const second = await Tutorial.create({ title: 'Tut#2', description: 'Tut#2 Description' });
      await Comment.create({ name: 'aKoder', text: 'Great!', tutorialId: second.id });
      await Tutorial.create({ title: 'Tut#3', description: 'No comments yet' });
    },
    findAll({ Tutorial }) {
      return Tutorial.findAll({ include: ['comments'], order: [['id', 'ASC'], ['comments', 'id', 'ASC']] });
    },
  },

  // Seed 003: users and user_profiles on UUID keys, every field named, freezeTableName,
  // UserModel.belongsTo(UserProfileModel, {foreignKey: 'profile', targetKey: 'userProfileId'}).
  profiles: {
    define(s) {
      const User = s.define('users', {
        userId: { field: 'userId', type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
        firstName: { field: 'firstName', type: DataTypes.STRING(100), require: true },
        lastName: { field: 'lastName', type: DataTypes.STRING(100) },
        email: { field: 'email', type: DataTypes.STRING(255), defaultValue: null, allowNull: true,
          validate: { isEmail: true } },
        userName: { field: 'userName', type: DataTypes.STRING(255), defaultValue: null, allowNull: true },
        phone: { field: 'phone', type: DataTypes.STRING(13), allowNull: true },
        photo: { field: 'photo', type: DataTypes.STRING(1024), defaultValue: null, validate: { isUrl: true } },
      }, { tableName: 'users', timestamps: true, freezeTableName: true });
      const UserProfile = s.define('user_profiles', {
        userProfileId: { field: 'userProfileId', type: DataTypes.UUID, primaryKey: true,
          defaultValue: DataTypes.UUIDV4 },
        address: { field: 'address', type: DataTypes.STRING(100), require: true },
      }, { tableName: 'user_profiles', timestamps: true });
      User.belongsTo(UserProfile, { foreignKey: 'profile', targetKey: 'userProfileId' });
      return { root: User, models: { User, UserProfile } };
    },
    async fill({ User, UserProfile }) {
      await User.create({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com',
        photo: 'https://example.com/ada.png', user_profile: { address: '12 St James Square' } },
      { include: UserProfile });
      await User.create({ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com',
        user_profile: { address: 'Bletchley Park' } }, { include: UserProfile });
      await User.create({ firstName: 'Grace', lastName: 'Hopper' });
    },
    findAll({ User, UserProfile }) {
      return User.findAll({ include: UserProfile, order: [['firstName', 'ASC']] });
    },
  },

  // Seed 004: Users.hasOne(Stories, {foreignKey: 'created_by', as: 'story'}) and
  // Stories.belongsTo(Users, {foreignKey: 'created_by', as: 'author'}). The Users model comes
  // from the tutorial's previous chapter, which the seed does not show: written here with the
  // same options as Stories (unsigned key, snake_case timestamps).
  stories: {
    define(s) {
      const Users = s.define('Users', {
        user_id: { type: DataTypes.INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true },
        username: { type: DataTypes.STRING(50), allowNull: false },
        email: { type: DataTypes.STRING(255), allowNull: false },
        password: { type: DataTypes.STRING(255), allowNull: false },
      }, { tableName: 'users', timestamps: true, createdAt: 'created_at', updatedAt: 'updated_at' });
      const Stories = s.define('Stories', {
        story_id: { type: DataTypes.INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true },
        created_by: { type: DataTypes.INTEGER.UNSIGNED, allowNull: false,
          references: { model: Users, key: 'user_id' } },
        title: { type: DataTypes.STRING(255), allowNull: false },
        content: { type: DataTypes.TEXT, allowNull: false },
      }, { tableName: 'stories', timestamps: true, createdAt: 'created_at', updatedAt: 'updated_at' });
      Users.hasOne(Stories, { foreignKey: 'created_by', as: 'story' });
      Stories.belongsTo(Users, { foreignKey: 'created_by', as: 'author' });
      return { root: Users, models: { Users, Stories } };
    },
    async fill({ Users }) {
      await Users.create({ username: 'boris', email: 'boris@example.com', password: 'kvass123',
        story: { title: 'cheeki breeki cheburek', content: "how to make cheburek at your cousin's place" } },
      { include: 'story' });
      await Users.create({ username: 'anna', email: 'anna@example.com', password: 'secret' });
    },
    findAll({ Users }) {
      return Users.findAll({ include: 'story', order: [['user_id', 'ASC']] });
    },
  },
};

function connect(dialect, host, port, user, database) {
  return new Sequelize(database, user, null, {
    dialect, host, port: Number(port), logging: false,
    pool: { max: 2, min: 0 },
  });
}

async function findAllJson(tutorial, models) {
  const rows = await TUTORIALS[tutorial].findAll(models);
  return JSON.stringify(rows.map((row) => row.toJSON()), null, 2);
}

async function fill(dialect, host, port, user, database, outDir, name) {
  const fs = require('fs');
  const path = require('path');
  fs.mkdirSync(outDir, { recursive: true });
  const sequelize = connect(dialect, host, port, user, database);
  try {
    const { models } = TUTORIALS[name].define(sequelize);
    await sequelize.sync({ force: true });
    await TUTORIALS[name].fill(models);
    fs.writeFileSync(path.join(outDir, `${name}.json`), await findAllJson(name, models));
  } finally {
    await sequelize.close();
  }
}

async function read(dialect, host, port, user, database, tutorial) {
  const sequelize = connect(dialect, host, port, user, database);
  try {
    const { models } = TUTORIALS[tutorial].define(sequelize);
    process.stdout.write(await findAllJson(tutorial, models));
  } finally {
    await sequelize.close();
  }
}

async function main([command, ...args]) {
  if (command === 'fill' && args.length === 7 && TUTORIALS[args[6]]) return fill(...args);
  if (command === 'read' && args.length === 6 && TUTORIALS[args[5]]) return read(...args);
  const names = '<' + Object.keys(TUTORIALS).join('|') + '>';
  throw new Error('usage: node takeover.js fill <mysql|postgres> <host> <port> <user> <database> <outDir> '
    + names + '\n       node takeover.js read <mysql|postgres> <host> <port> <user> <database> ' + names);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
