// Removed once the GUI sources land.
namespace dwb { int guiPlaceholder() { return 0; } }
