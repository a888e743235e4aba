// Initiates Parklink's replica set rs0 once; run by the mongo-init service of deploy/compose.prod.yml.
/* global rs -- the mongosh shell object */
try {
  rs.status();
  print("replica set rs0 already initiated");
} catch (err) {
  if (err.codeName !== "NotYetInitialized") throw err;
  rs.initiate({
    _id: "rs0",
    members: [
      { _id: 0, host: "mongo1:27017", priority: 2 },
      { _id: 1, host: "mongo2:27017", priority: 1 },
      { _id: 2, host: "mongo3:27017", priority: 1 },
    ],
  });
  print("replica set rs0 initiated");
}
