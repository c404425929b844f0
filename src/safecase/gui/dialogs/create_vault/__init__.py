"""The pages of the first-run wizard (`CreateVaultWizard`), one class per module."""
