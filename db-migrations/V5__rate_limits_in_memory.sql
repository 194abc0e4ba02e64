-- Sign-in failures are now counted by Bucket4j token buckets in memory (per account and client address, and per
-- client address): see decision record 0005.
DROP TABLE login_throttle;
