-- Create "orders" table
CREATE TABLE "orders" (
  "id" bigserial NOT NULL,
  "user_id" bigint NOT NULL,
  "total_cents" bigint NOT NULL,
  PRIMARY KEY ("id"),
  CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE CASCADE
);
