// Cloud functions run in UTC on CloudBase; tests of them run in the same zone.
process.env.TZ = 'UTC';
