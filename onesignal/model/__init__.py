"""One module per schema of the API; see ``onesignal.models`` for lazy access to all of them."""
