/** One problem with one input field; the server turns a list of these into BAD_USER_INPUT. */
export interface FieldError {
  field: string;
  message: string;
}
