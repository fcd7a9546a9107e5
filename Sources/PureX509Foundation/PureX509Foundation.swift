// PureX509Foundation: Foundation conveniences for apps (Date for every time the library
// takes or gives); the core modules stay Foundation-free.
@_exported import PureX509
