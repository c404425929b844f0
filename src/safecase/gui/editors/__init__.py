"""Editor dialogs for every record kind, and the small field widgets they share."""
