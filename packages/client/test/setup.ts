// Runs before every test file: the client reads COMETCHAT_* variables as defaults, so the tests start
// from none (a developer's own COMETCHAT_API_KEY must not change what a test sees).
for (const name of Object.keys(process.env)) if (name.startsWith('COMETCHAT_')) delete process.env[name];
