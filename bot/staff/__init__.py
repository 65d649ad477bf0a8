"""Staff tools: accounts and sign-in (accounts.py, auth.py), the 12345 agent console,
the handoff queue (转人工), and the content admin that publishes catalogs."""
