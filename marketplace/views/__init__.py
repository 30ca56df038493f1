"""Marketplace pages: `posts` (lists, posts, organisations, interests, moderation), `connections`, `members`
(invitations and roles), `staff_users` (user management)."""
