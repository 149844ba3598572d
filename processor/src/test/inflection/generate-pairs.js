// Writes ../resources/inflection/pairs.tsv: for each word, what Sequelize 6 makes of it.
// Uses Sequelize's own Utils (the functions Model.init calls to name a table: line
// `this.tableName = ... Utils.underscoredIf(Utils.pluralize(this.name), this.underscored)`),
// so the pairs are Sequelize's, whatever inflection version its lockfile resolves.
// Run: npm ci && node generate-pairs.js   (CI does not: the output is committed).
'use strict';
const fs = require('fs');
const path = require('path');
const Utils = require('sequelize/lib/utils');

const words = [
  // The tutorials' models and the issue's examples.
  'Customer', 'Address', 'Tutorial', 'Comment', 'User', 'UserProfile', 'Story', 'Tag', 'Task',
  'Follower', 'TagFollow', 'TaskUser', 'Author', 'Book', 'Movie', 'Actor', 'Owner', 'Pet',
  'Gadget', 'TutorialTag', 'Person', 'Child', 'Datum', 'Sheep', 'Equipment', 'Criterion',
  'Mouse', 'Ox', 'Matrix', 'Quiz', 'Status', 'Bus', 'Alias', 'Octopus', 'Virus', 'Axis',
  'Analysis', 'Crisis', 'Man', 'Woman', 'Foot', 'Tooth', 'Goose', 'Genus', 'Vertex', 'Index',
  'Campus', 'Canvas', 'Bonus', 'Summons', 'Whereas', 'Drive', 'Hive', 'Curve', 'Wife',
  'Knife', 'Leaf', 'Wolf', 'Half', 'Chief', 'Roof', 'Movie', 'Series', 'Species', 'News',
  'Shoe', 'Hero', 'Potato', 'Tomato', 'Buffalo', 'Photo', 'Video', 'Radio', 'Zoo', 'Database',
  'Medium', 'Media', 'Data', 'Criteria', 'People', 'Children', 'Men', 'Women', 'Mice',
  'Oxen', 'Matrices', 'Quizzes', 'Statuses', 'Buses', 'Indices', 'Feet', 'Teeth', 'Geese',
  'Genera', 'Diagnosis', 'Thesis', 'Basis', 'Synopsis', 'Parenthesis', 'Prognosis', 'Test',
  'Class', 'Glass', 'Kiss', 'Box', 'Fox', 'Church', 'Watch', 'Dish', 'Wish', 'Fez', 'Gas',
  'Lens', 'Day', 'Key', 'Boy', 'Guy', 'Toy', 'City', 'Party', 'Category', 'Company', 'Query',
  'Soliloquy', 'Entry', 'Country', 'Money', 'Honey', 'Journey', 'Monkey', 'Valley', 'Attorney',
  'Lady', 'Baby', 'Fly', 'Spy', 'Ally', 'Policy', 'Reply', 'Activity', 'Property', 'History',
  'Item', 'Order', 'OrderItem', 'LineItem', 'Product', 'Invoice', 'Payment', 'Account',
  'Transaction', 'Employee', 'Department', 'Project', 'Message', 'Notification', 'Setting',
  'Preference', 'Role', 'Permission', 'Group', 'Member', 'Membership', 'Session', 'Token',
  'Device', 'Image', 'File', 'Attachment', 'Document', 'Page', 'Post', 'Article', 'Review',
  'Rating', 'Like', 'Vote', 'Event', 'Location', 'Place', 'Region', 'Currency', 'Price',
  'Inventory', 'Warehouse', 'Shipment', 'Delivery', 'Supplier', 'Vendor', 'Client', 'Lead',
  'Opportunity', 'Campaign', 'Survey', 'Question', 'Answer', 'Option', 'Choice', 'Course',
  'Lesson', 'Student', 'Teacher', 'Grade', 'Schedule', 'Calendar', 'Appointment', 'Patient',
  'Doctor', 'Prescription', 'Diagnosis', 'Hospital', 'Vehicle', 'Driver', 'Trip', 'Route',
  'Stop', 'Ticket', 'Seat', 'Flight', 'Hotel', 'Room', 'Booking', 'Guest', 'Menu', 'Dish',
  'Recipe', 'Ingredient', 'Meal', 'Staff', 'Sheriff', 'Cliff', 'Proof', 'Belief', 'Safe',
  'Cafe', 'Life', 'Self', 'Shelf', 'Thief', 'Loaf', 'Calf', 'Scarf', 'Elf', 'Dwarf', 'Hoof',
  'Archive', 'Objective', 'Perspective', 'Native', 'Olive', 'Slave', 'Wave', 'Cave', 'Grave',
  'Glove', 'Move', 'Stove', 'Sieve', 'Valve', 'Nerve', 'Serve', 'Reserve', 'Sleeve',
  'Fish', 'Deer', 'Information', 'Rice', 'Money', 'Police', 'Aircraft', 'Software', 'Feedback',
  'Advice', 'Furniture', 'Luggage', 'Music', 'Traffic', 'Research', 'Weather', 'Help',
  'UserSheep', 'SheepFarm', 'BlackSheep', 'ChairMan', 'Chairman', 'Salesperson', 'Fireman',
  'Human', 'German', 'Talisman', 'Caiman', 'Walrus', 'Census', 'Focus', 'Cactus', 'Fungus',
  'Radius', 'Stimulus', 'Syllabus', 'Alumnus', 'Nucleus', 'Apparatus', 'Prospectus',
  'Phenomenon', 'Criterion', 'Automaton', 'Curriculum', 'Memorandum', 'Bacterium', 'Stadium',
  'Forum', 'Museum', 'Album', 'Premium', 'Podium', 'Atrium', 'Millennium', 'Consortium',
  'Appendix', 'Suffix', 'Prefix', 'Helix', 'Mix', 'Tax', 'Fax', 'Index', 'Apex', 'Annex',
  'Cortex', 'Vortex', 'Codex', 'Duplex', 'Complex', 'Reflex', 'Latex', 'Louse', 'House',
  'Blouse', 'Spouse', 'Grouse', 'Dormouse', 'Lice', 'Slice', 'Dice', 'Device', 'Service',
  'Office', 'Notice', 'Justice', 'Ox', 'Box', 'Fox', 'Oxford', 'Moose', 'Goose', 'Mongoose',
  'Caboose', 'Foot', 'Bigfoot', 'Tooth', 'Sweettooth', 'Quiz', 'Whiz', 'Waltz', 'Blitz',
  'Topaz', 'Buzz', 'Jazz', 'Fizz', 'Echo', 'Cargo', 'Volcano', 'Mosquito', 'Torpedo', 'Veto',
  'Piano', 'Kilo', 'Logo', 'Memo', 'Studio', 'Portfolio', 'Shoe', 'Canoe', 'Toe', 'Hoe',
  'Foe', 'Oboe', 'Movie', 'Cookie', 'Pie', 'Tie', 'Lie', 'Zombie', 'Calorie', 'Species',
  'Series', 'Means', 'Headquarters', 'Crossroads', 'Gallows', 'Mathematics', 'Physics',
  'Economics', 'Ethics', 'Measles', 'Mumps', 'Minus', 'Golf', 'Judo', 'Karate', 'Yoga',
  'Wheat', 'Zinc', 'Zoology', 'Hardware', 'Homework', 'Jewelry', 'Knowledge', 'Equipment',
  'Evidence', 'Education', 'Electricity', 'Engineering', 'Enjoyment', 'Envy',
  'ApiKey', 'HttpRequest', 'OAuthToken', 'Person2', 'Item_Detail', 'user', 'tutorial',
  'comment', 'user_profile', 'person', 'child', 'datum', 'sheep', 'category', 'address',
  'STATUS', 'PERSON', 'Octopi', 'Alumni', 'Cacti', 'Fungi', 'Radii', 'Stimuli', 'Syllabi',
  'Nuclei', 'Wives', 'Knives', 'Leaves', 'Wolves', 'Halves', 'Lives', 'Selves', 'Shelves',
  'Thieves', 'Loaves', 'Calves', 'Movies', 'Shoes', 'Heroes', 'Potatoes', 'Drives', 'Hives',
  'Curves', 'Analyses', 'Crises', 'Axes', 'Tests', 'Databases', 'Aliases', 'Bonuses',
  'Whereases', 'Vertices', 'Categories', 'Days', 'Boxes', 'Churches', 'Classes', 'Dishes',
];

const rows = ['word\tplural\tsingular\ttable\tunderscoredTable'];
const seen = new Set();
for (const word of words) {
  if (seen.has(word)) continue;
  seen.add(word);
  rows.push([
    word,
    Utils.pluralize(word),
    Utils.singularize(word),
    Utils.underscoredIf(Utils.pluralize(word), false),
    Utils.underscoredIf(Utils.pluralize(word), true),
  ].join('\t'));
}
const out = path.join(__dirname, '..', 'resources', 'inflection', 'pairs.tsv');
fs.writeFileSync(out, rows.join('\n') + '\n');
console.log(`${rows.length - 1} words -> ${path.relative(process.cwd(), out)}`);
