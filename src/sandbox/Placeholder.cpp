// Removed once the sandbox sources land.
namespace dwb { int sandboxPlaceholder() { return 0; } }
