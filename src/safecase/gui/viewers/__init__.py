"""In-app viewers for attachments, from memory only (images, PDF, plain text)."""
